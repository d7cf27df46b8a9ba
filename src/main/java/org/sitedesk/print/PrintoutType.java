package org.sitedesk.print;

/**
 * A kind of printout: its id (which also keys its saved offsets), the compiled template it fills,
 * the paper it declares and the bundle key of its name.
 */
public record PrintoutType(String id, String template, Paper paper, String titleKey) {

    /** The same paper and offsets as this printout, filled with the test-page template. */
    public PrintoutType testPage() {
        return new PrintoutType(id, TestPage.TEMPLATE, paper, titleKey);
    }
}
