package org.sitedesk.repair.ui;

import java.util.function.Function;
import org.sitedesk.repair.ComplaintEntry;

/**
 * One column of the complaints ledger, the same on the screen and on paper: its title, its width
 * on the screen, its share of the printed line (in points of A4 landscape), its text, and whether
 * it is a sentence that wraps on the screen (on paper every cell is one line).
 */
public record LedgerColumn(String title, double screenWidth, int printWidth, Function<ComplaintEntry, String> text,
        boolean sentence) {
}
