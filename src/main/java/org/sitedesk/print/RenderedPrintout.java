package org.sitedesk.print;

import java.util.List;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * A filled printout ready to show, save and print: the PDF, each page as a PNG image, and the
 * filled pages themselves for the printer.
 */
public record RenderedPrintout(String title, PrintoutType type, byte[] pdf, List<byte[]> pages, JasperPrint filled) {
}
