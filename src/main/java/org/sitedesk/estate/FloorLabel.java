package org.sitedesk.estate;

/** Floors as written on the plans: 1 … 33, and B1, B2 for basements (below ground, so they sort first). */
public final class FloorLabel {
    private FloorLabel() {
    }

    /** The order of a floor: its number, basements negative; an unknown label sorts at ground level. */
    public static int order(String label) {
        String text = label == null ? "" : label.trim().toUpperCase();
        if (text.matches("-?\\d{1,3}")) {
            return Integer.parseInt(text);
        }
        if (text.matches("B\\d{1,2}")) {
            return -Integer.parseInt(text.substring(1));
        }
        return 0;
    }
}
