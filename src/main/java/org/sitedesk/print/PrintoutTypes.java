package org.sitedesk.print;

import java.util.List;

/** Every printout SiteDesk makes, for the settings screen's offsets and the paper checks. */
public final class PrintoutTypes {
    public static final PrintoutType HOUSEHOLD = new PrintoutType("household", "household", Paper.A4, "print.household.title");
    public static final PrintoutType REGISTER = new PrintoutType("register", "register", Paper.A4_LANDSCAPE, "print.register.name");
    public static final PrintoutType RECEIPT_FORM = new PrintoutType("receipt-form", "receipt-form", Paper.FORM_241_93,
            "print.receipt.formName");
    public static final PrintoutType NOTICE = new PrintoutType("notice", "notice", Paper.A4, "print.notice.title");
    public static final PrintoutType SHIFT = new PrintoutType("shift", "shift", Paper.A4, "print.shift.title");
    public static final PrintoutType FEE_BOARD = new PrintoutType("feeboard", "feeboard", Paper.A4, "print.feeBoard.title");
    public static final PrintoutType RECEIPT_A5 = new PrintoutType("receipt-a5", "receipt-a5", Paper.A5_LANDSCAPE,
            "print.receipt.a5Name");
    public static final PrintoutType WORKORDER_A5 = new PrintoutType("workorder-a5", "workorder-a5", Paper.A5_LANDSCAPE,
            "print.workorder.a5Name");
    public static final PrintoutType WORKORDER_A4 = new PrintoutType("workorder-a4", "workorder-a4", Paper.A4,
            "print.workorder.a4Name");
    public static final PrintoutType LOST_NOTICE = new PrintoutType("lostnotice", "lostnotice", Paper.A4, "print.lostNotice.title");
    public static final PrintoutType CLAIM_RECEIPT = new PrintoutType("claim", "claim", Paper.A5_LANDSCAPE, "print.claim.title");
    public static final PrintoutType POLICE_HANDOVER = new PrintoutType("handover", "handover", Paper.A4, "print.handOver.title");

    private PrintoutTypes() {
    }

    public static List<PrintoutType> all() {
        return List.of(HOUSEHOLD, REGISTER, RECEIPT_FORM, RECEIPT_A5, NOTICE, SHIFT, FEE_BOARD, WORKORDER_A5, WORKORDER_A4,
                LOST_NOTICE, CLAIM_RECEIPT, POLICE_HANDOVER);
    }
}
