package org.sitedesk.print;

/**
 * The paper a printout is laid out for. Sizes in points (1/72 inch, JasperReports' unit) and in
 * millimetres (what the printer driver and the counter staff speak). The 241 mm forms are the
 * continuous, tractor-fed three-part paper of dot-matrix receipt printers (二等分 and 三等分).
 */
public enum Paper {
    A4("paper.A4", 210, 297, false),
    A4_LANDSCAPE("paper.A4_LANDSCAPE", 297, 210, true),
    A5_LANDSCAPE("paper.A5_LANDSCAPE", 210, 148, true),
    FORM_241_140("paper.FORM_241_140", 241, 140, false),
    FORM_241_93("paper.FORM_241_93", 241, 93, false),
    /** ISO/IEC 7810 ID-1 (CR80), the size of a bank card: passes and access cards from a card printer. */
    CARD_CR80("paper.CARD_CR80", 85.6, 54, false);

    private static final double POINTS_PER_MM = 72 / 25.4;

    private final String messageKey;
    private final double widthMm;
    private final double heightMm;
    private final boolean turned;

    Paper(String messageKey, double widthMm, double heightMm, boolean turned) {
        this.messageKey = messageKey;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.turned = turned;
    }

    /** Millimetres; whole for every paper but a card's 85.6. */
    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }

    public int widthPoints() {
        return points(widthMm);
    }

    public int heightPoints() {
        return points(heightMm);
    }

    /**
     * A standard sheet turned on its side: the printer is told "landscape" on A4 or A5. The 241 mm
     * forms are wider than long as they come off the tractor, so they are not turned.
     */
    public boolean landscape() {
        return turned;
    }

    /** Bundle key of the paper's name as the settings screen shows it. */
    public String messageKey() {
        return messageKey;
    }

    public static int points(double millimetres) {
        return (int) Math.round(millimetres * POINTS_PER_MM);
    }
}
