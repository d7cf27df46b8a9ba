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

    public static final PrintoutType PASS_CARD = new PrintoutType("pass-card", "pass-card", Paper.CARD_CR80,
            "print.passCard.name");
    public static final PrintoutType KEY_SLIP = new PrintoutType("key-slip", "key-slip", Paper.A5_LANDSCAPE,
            "print.keySlip.title");
    public static final PrintoutType KEY_HANDOVER = new PrintoutType("key-handover", "key-handover", Paper.A4,
            "print.keyHandover.title");
    public static final PrintoutType ARCHIVE_CATALOGUE = new PrintoutType("archive-catalogue", "archive-catalogue", Paper.A4,
            "print.catalogue.title");
    public static final PrintoutType ARCHIVE_LABELS = new PrintoutType("archive-labels", "archive-labels", Paper.A4,
            "print.labels.name");
    public static final PrintoutType LOAN_SLIP = new PrintoutType("loan-slip", "loan-slip", Paper.A5_LANDSCAPE,
            "print.loanSlip.title");

    public static final PrintoutType RENOVATION_PERMIT = new PrintoutType("renovation-permit", "renovation-permit", Paper.A4,
            "print.permit.title");
    public static final PrintoutType RENOVATION_RECTIFICATION = new PrintoutType("renovation-rectification", "renovation-notice",
            Paper.A4, "print.rectification.title");
    /** The rectification notice's template, titled 停工通知书; offsets of its own. */
    public static final PrintoutType RENOVATION_STOP_WORK = new PrintoutType("renovation-stop-work", "renovation-notice",
            Paper.A4, "print.stopWork.title");
    public static final PrintoutType RENOVATION_ACCEPTANCE = new PrintoutType("renovation-acceptance", "renovation-acceptance",
            Paper.A4, "print.acceptance.title");
    public static final PrintoutType RENOVATION_DEPOSIT = new PrintoutType("renovation-deposit", "renovation-deposit", Paper.A4,
            "print.depositLedger.title");

    private PrintoutTypes() {
    }

    public static List<PrintoutType> all() {
        return List.of(HOUSEHOLD, REGISTER, RECEIPT_FORM, RECEIPT_A5, NOTICE, SHIFT, FEE_BOARD, WORKORDER_A5, WORKORDER_A4,
                PASS_CARD, KEY_SLIP, KEY_HANDOVER,
                ARCHIVE_CATALOGUE, ARCHIVE_LABELS, LOAN_SLIP,
                LOST_NOTICE, CLAIM_RECEIPT, POLICE_HANDOVER,
                RENOVATION_PERMIT, RENOVATION_RECTIFICATION, RENOVATION_STOP_WORK, RENOVATION_ACCEPTANCE, RENOVATION_DEPOSIT);
    }
}
