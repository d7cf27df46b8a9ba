package org.sitedesk.print;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;

/**
 * 清单: the rows of a list screen with the columns it shows, in the same proportions, on A4
 * landscape. Cells are one line; text too long for its column ends in "…" (the screen shows the
 * same). At most {@value #MAX_COLUMNS} columns, the first ones.
 */
public final class RegisterPrintout {
    public static final int MAX_COLUMNS = 12;
    private static final String FONT = "WenQuanYi Micro Hei";
    private static final float FONT_SIZE = 9f;
    private static final int MARGIN = 28;
    private static final int PADDING = 7;
    private static final int MIN_WIDTH = 30;
    private static final FontRenderContext MEASURE = new FontRenderContext(new AffineTransform(), true, true);

    private RegisterPrintout() {
    }

    public static Printout of(String title, String subtitle, List<RegisterColumn> shown, List<List<String>> rows,
            PrintStamp stamp, Locale locale) {
        List<RegisterColumn> columns = shown.subList(0, Math.min(MAX_COLUMNS, shown.size()));
        List<Integer> widths = widths(columns, PrintoutTypes.REGISTER.paper().widthPoints() - 2 * MARGIN);
        Font plain = font(Font.PLAIN, locale);
        Font bold = font(Font.BOLD, locale);
        Map<String, Object> own = new HashMap<>();
        own.put("TITLE", title);
        own.put("SUBTITLE", subtitle);
        own.put("COLUMN_COUNT", columns.size());
        own.put(ColumnLayout.PARAMETER, new ColumnLayout(MARGIN, widths));
        for (int i = 0; i < columns.size(); i++) {
            own.put("H" + i, fit(columns.get(i).title(), bold, widths.get(i)));
        }
        List<Map<String, ?>> cells = new ArrayList<>();
        for (List<String> row : rows) {
            Map<String, String> line = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                line.put("c" + i, fit(i < row.size() ? row.get(i) : "", plain, widths.get(i)));
            }
            cells.add(line);
        }
        return new Printout(PrintoutTypes.REGISTER, locale, stamp.with(own), cells);
    }

    /** The screen's proportions over the page's width; the last column takes what rounding leaves. */
    static List<Integer> widths(List<RegisterColumn> columns, int available) {
        double total = columns.stream().mapToDouble(column -> Math.max(1, column.width())).sum();
        List<Integer> widths = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < columns.size(); i++) {
            int width = i == columns.size() - 1 ? available - used
                    : Math.max(MIN_WIDTH, (int) Math.floor(Math.max(1, columns.get(i).width()) / total * available));
            widths.add(width);
            used += width;
        }
        return widths;
    }

    private static Font font(int style, Locale locale) {
        return FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
                .getAwtFontFromBundles(FONT, style, FONT_SIZE, locale, true);
    }

    /** The text on one line, shortened with "…" so it fits inside the cell's padding. */
    static String fit(String text, Font font, int width) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        double room = width - PADDING;
        if (font.getStringBounds(line, MEASURE).getWidth() <= room) {
            return line;
        }
        int end = line.length();
        while (end > 0 && font.getStringBounds(line.substring(0, end) + "…", MEASURE).getWidth() > room) {
            end = line.offsetByCodePoints(end, -1);
        }
        return line.substring(0, end) + "…";
    }
}
