package org.sitedesk.print;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.JRPrintServiceExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimplePrintServiceExporterConfiguration;
import org.sitedesk.core.i18n.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The printers this computer knows (through the operating system's print system) and printing a
 * filled printout on one of them, with copies, without any dialog: the preview asked already.
 */
public class Printers {
    private static final Logger LOG = LoggerFactory.getLogger(Printers.class);
    public static final int MAX_COPIES = 99;

    public List<String> names() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).toList();
    }

    public Optional<String> defaultName() {
        return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService()).map(PrintService::getName);
    }

    public void print(RenderedPrintout printout, String printer, int copies) {
        PrintService service = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(candidate -> candidate.getName().equals(printer)).findFirst()
                .orElseThrow(() -> new UserFacingException("error.print.noSuchPrinter", printer));
        print(printout.filled(), printout.title(), service, copies);
    }

    /** Sends the pages to {@code service}; the page size is the printout's declared paper. */
    public void print(JasperPrint filled, String title, PrintService service, int copies) {
        if (copies < 1 || copies > MAX_COPIES) {
            throw new UserFacingException("error.print.copies", MAX_COPIES);
        }
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new Copies(copies));
        attributes.add(new JobName(title, null));
        SimplePrintServiceExporterConfiguration configuration = new SimplePrintServiceExporterConfiguration();
        configuration.setPrintService(service);
        configuration.setPrintRequestAttributeSet(attributes);
        configuration.setDisplayPageDialog(false);
        configuration.setDisplayPrintDialog(false);
        JRPrintServiceExporter exporter = new JRPrintServiceExporter();
        exporter.setExporterInput(new SimpleExporterInput(filled));
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            LOG.warn("Printing {} on {} failed", title, service.getName(), e);
            throw new UserFacingException(e, "error.print.failed", service.getName(), rootMessage(e));
        }
    }

    /**
     * The printing system's own words rather than the wrapper's, e.g. "Cannot run program
     * /usr/bin/lpr": the first input/output failure in the chain, else the innermost cause.
     */
    private static String rootMessage(Throwable error) {
        Throwable root = error;
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException && cause.getMessage() != null) {
                return cause.getMessage();
            }
            root = cause;
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
