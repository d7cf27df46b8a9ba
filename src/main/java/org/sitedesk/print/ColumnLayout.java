package org.sitedesk.print;

import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Where each column of a register goes across the page, in points from the left margin. The
 * register template's slots ({@code h0}, {@code c0}, …) are filled at full width and moved here
 * afterwards, which keeps the template compiled at build time while the columns vary per list.
 */
record ColumnLayout(int margin, List<Integer> widths) {
    static final String PARAMETER = "COLUMN_LAYOUT";

    ColumnLayout {
        widths = List.copyOf(widths);
    }

    void arrange(JasperPrint filled) {
        int[] left = new int[widths.size()];
        int x = margin;
        for (int i = 0; i < widths.size(); i++) {
            left[i] = x;
            x += widths.get(i);
        }
        for (JRPrintPage page : filled.getPages()) {
            for (JRPrintElement element : page.getElements()) {
                int column = slot(element.getKey());
                if (column >= 0 && column < widths.size()) {
                    element.setX(left[column]);
                    element.setWidth(widths.get(column));
                }
            }
        }
    }

    /** The column of a slot key such as {@code c3} or {@code h3}; -1 for anything else. */
    private static int slot(String key) {
        if (key == null || key.length() < 2 || (key.charAt(0) != 'c' && key.charAt(0) != 'h')) {
            return -1;
        }
        try {
            return Integer.parseInt(key.substring(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
