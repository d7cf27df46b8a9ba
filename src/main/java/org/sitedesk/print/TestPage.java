package org.sitedesk.print;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.sitedesk.core.i18n.Messages;

/**
 * 测试页 for one printout: on its paper and with its saved offset, rulers from the paper's corner and
 * what the offset is now, so the counter can print it on a pre-printed form and measure.
 */
public final class TestPage {
    static final String TEMPLATE = "testpage";
    /** The template's page is large enough for every paper; the engine then cuts it to the paper. */
    private static final int TEMPLATE_WIDTH = 842;

    private TestPage() {
    }

    public static Printout of(PrintoutType type, PrintOffset offset, PrintStamp stamp, Messages messages) {
        Paper paper = type.paper();
        String description = messages.format("print.testPage.printout", messages.get(type.titleKey()),
                messages.get(paper.messageKey()), paper.widthMm(), paper.heightMm(),
                signed(offset.horizontalMm()), signed(offset.verticalMm()));
        Map<String, Object> own = Map.of(
                "DESCRIPTION", description,
                "RULER", new MillimetreRuler(paper, TEMPLATE_WIDTH));
        return new Printout(type.testPage(), messages.language().locale(), stamp.with(own), List.of());
    }

    private static String signed(BigDecimal millimetres) {
        return (millimetres.signum() > 0 ? "+" : "") + millimetres.toPlainString();
    }
}
