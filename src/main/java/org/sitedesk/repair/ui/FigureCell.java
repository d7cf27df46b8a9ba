package org.sitedesk.repair.ui;

/** A rate as shown: "66.7%", "—" with nothing to divide by, marked when it misses its target. */
public record FigureCell(String text, boolean missed) {
    @Override
    public String toString() {
        return text;
    }
}
