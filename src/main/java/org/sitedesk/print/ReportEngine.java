package org.sitedesk.print;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperPrintManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.type.OrientationEnum;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * Fills printouts from templates compiled at build time (loaded once and kept), puts them on their
 * declared paper, moves every field by the printout's saved offset, and exports them. Safe to call
 * from background threads; the window never calls it on the FX thread.
 */
public final class ReportEngine {
    private static final String TEMPLATES = "/org/sitedesk/print/reports/";

    private final Map<String, JasperReport> templates = new ConcurrentHashMap<>();
    private final PrintOffsets offsets;

    public ReportEngine(PrintOffsets offsets) {
        this.offsets = offsets;
    }

    public JasperPrint fill(Printout printout) {
        return fill(printout, offsets.offsetOf(printout.type().id()));
    }

    /** Fills with the given offset instead of the saved one: the test page of offsets not saved yet. */
    public JasperPrint fill(Printout printout, PrintOffset offset) {
        Map<String, Object> parameters = new HashMap<>(printout.parameters());
        parameters.put(JRParameter.REPORT_LOCALE, printout.locale());
        JasperPrint filled;
        try {
            filled = JasperFillManager.fillReport(template(printout.type().template()), parameters,
                    new JRMapCollectionDataSource(printout.rows()));
        } catch (JRException e) {
            throw new IllegalStateException("Cannot fill " + printout.type().template(), e);
        }
        putOnPaper(filled, printout.type().paper());
        if (printout.parameters().get(ColumnLayout.PARAMETER) instanceof ColumnLayout columns) {
            columns.arrange(filled);
        }
        shift(filled, offset);
        return filled;
    }

    public byte[] pdf(Printout printout) {
        return pdf(fill(printout), printout);
    }

    public void pdf(Printout printout, Path file) {
        try {
            Files.write(file, pdf(printout));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PDF and page images in one fill, for the preview window; {@code zoom} 1 is 72 dpi. */
    public RenderedPrintout render(String title, Printout printout, float zoom) {
        return render(title, printout, fill(printout), zoom);
    }

    public RenderedPrintout render(String title, Printout printout, PrintOffset offset, float zoom) {
        return render(title, printout, fill(printout, offset), zoom);
    }

    private RenderedPrintout render(String title, Printout printout, JasperPrint filled, float zoom) {
        try {
            List<byte[]> pages = new ArrayList<>();
            for (int page = 0; page < filled.getPages().size(); page++) {
                BufferedImage image = (BufferedImage) JasperPrintManager.printPageToImage(filled, page, zoom);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                pages.add(png.toByteArray());
            }
            return new RenderedPrintout(title, printout.type(), pdf(filled, printout), List.copyOf(pages), filled);
        } catch (JRException e) {
            throw new IllegalStateException("Cannot render " + printout.type().template(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paper a compiled template was laid out on, in points: the check that it matches its type. */
    public int[] templatePageSize(String template) {
        JasperReport report = template(template);
        return new int[] {report.getPageWidth(), report.getPageHeight()};
    }

    /**
     * Loads the templates and the font and runs one small export, so the first printout of the day
     * is as quick as the others. Called in the background at start-up.
     */
    public void warmUp(PrintStamp stamp) {
        for (PrintoutType type : PrintoutTypes.all()) {
            template(type.template());
        }
        pdf(TestPage.of(PrintoutTypes.HOUSEHOLD, PrintOffset.NONE, stamp, stamp.messages()));
    }

    private static byte[] pdf(JasperPrint filled, Printout printout) {
        try {
            return JasperExportManager.exportReportToPdf(filled);
        } catch (JRException e) {
            throw new IllegalStateException("Cannot export " + printout.type().template(), e);
        }
    }

    private static void putOnPaper(JasperPrint filled, Paper paper) {
        filled.setPageWidth(paper.widthPoints());
        filled.setPageHeight(paper.heightPoints());
        filled.setOrientation(paper.landscape() ? OrientationEnum.LANDSCAPE : OrientationEnum.PORTRAIT);
    }

    /** Frames hold their children relative to themselves, so moving the top level moves everything. */
    private static void shift(JasperPrint filled, PrintOffset offset) {
        int dx = offset.horizontalPoints();
        int dy = offset.verticalPoints();
        if (dx == 0 && dy == 0) {
            return;
        }
        for (JRPrintPage page : filled.getPages()) {
            for (JRPrintElement element : page.getElements()) {
                element.setX(element.getX() + dx);
                element.setY(element.getY() + dy);
            }
        }
    }

    private JasperReport template(String name) {
        return templates.computeIfAbsent(name, key -> {
            try (InputStream in = ReportEngine.class.getResourceAsStream(TEMPLATES + key + ".jasper")) {
                if (in == null) {
                    throw new IllegalStateException("No compiled template " + key);
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JRException e) {
                throw new IllegalStateException("Cannot load template " + key, e);
            }
        });
    }
}
