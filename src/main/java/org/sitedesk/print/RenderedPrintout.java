package org.sitedesk.print;

import java.util.List;

/** A filled printout ready to show and save: the PDF and each page as a PNG image. */
public record RenderedPrintout(String title, byte[] pdf, List<byte[]> pages) {
}
