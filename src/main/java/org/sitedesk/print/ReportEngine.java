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
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrintManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * Fills printouts from templates compiled at build time (loaded once and kept) and exports them.
 * Safe to call from background threads; the window never calls it on the FX thread.
 */
public final class ReportEngine {
    private static final String TEMPLATES = "/org/sitedesk/print/reports/";

    private final Map<String, JasperReport> templates = new ConcurrentHashMap<>();

    public JasperPrint fill(Printout printout) {
        Map<String, Object> parameters = new HashMap<>(printout.parameters());
        parameters.put(JRParameter.REPORT_LOCALE, printout.locale());
        try {
            return JasperFillManager.fillReport(template(printout.template()), parameters,
                    new JRMapCollectionDataSource(printout.rows()));
        } catch (JRException e) {
            throw new IllegalStateException("Cannot fill " + printout.template(), e);
        }
    }

    public byte[] pdf(Printout printout) {
        try {
            return JasperExportManager.exportReportToPdf(fill(printout));
        } catch (JRException e) {
            throw new IllegalStateException("Cannot export " + printout.template(), e);
        }
    }

    /** PDF and page images in one fill, for the preview window; {@code zoom} 1 is 72 dpi. */
    public RenderedPrintout render(String title, Printout printout, float zoom) {
        JasperPrint filled = fill(printout);
        try {
            List<byte[]> pages = new ArrayList<>();
            for (int page = 0; page < filled.getPages().size(); page++) {
                BufferedImage image = (BufferedImage) JasperPrintManager.printPageToImage(filled, page, zoom);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                pages.add(png.toByteArray());
            }
            return new RenderedPrintout(title, JasperExportManager.exportReportToPdf(filled), List.copyOf(pages));
        } catch (JRException e) {
            throw new IllegalStateException("Cannot render " + printout.template(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void pdf(Printout printout, Path file) {
        try {
            Files.write(file, pdf(printout));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
