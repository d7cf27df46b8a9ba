package org.sitedesk.archive;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;

/**
 * 借阅单 (issue 15, item 4) on A5: the loan as approved, marked 仅限室内查阅 where the level asks it,
 * with the return's blanks filled in once the document is back (and a different page count said).
 */
public final class LoanSlip {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private LoanSlip() {
    }

    /** {@code document} is the loan's document as the register has it now (its owners and box). */
    public static Printout of(Loan loan, ArchiveDocument document, PrintStamp stamp, Messages messages, ZoneId zone) {
        Map<String, Object> own = new HashMap<>();
        own.put("FILE_NO", loan.fileNo());
        own.put("ROOM", loan.room());
        own.put("TYPE", loan.typeName());
        own.put("LEVEL", messages.get(loan.level()));
        own.put("OWNER", document.ownerNames());
        own.put("PAGES", Integer.toString(loan.pagesLent()));
        own.put("BORROWER", loan.borrower());
        own.put("LENT_AT", loan.lentAt().atZoneSameInstant(zone).format(TIME));
        own.put("REASON", loan.reason());
        own.put("DUE", loan.dueOn().toString());
        own.put("MODE", messages.get(loan.readingRoomOnly() ? "print.loanSlip.readingRoom" : "print.loanSlip.takenOut"));
        own.put("APPROVER", messages.format("print.loanSlip.approvedAs", loan.approverName(), loan.approvedBy()));
        own.put("BOX", document.box().map(BoxRef::place).orElse(messages.get("print.none")));
        own.put("READING_ROOM", loan.readingRoomOnly() ? messages.get("print.loanSlip.readingRoom") : "");
        own.put("RETURNED_AT", loan.returnedAt().map(at -> at.atZoneSameInstant(zone).format(TIME)).orElse(""));
        own.put("PAGES_RETURNED", loan.pagesReturned().map(String::valueOf).orElse(""));
        own.put("RECEIVED_BY", loan.receivedBy().orElse(""));
        own.put("CHECK", loan.isOpen() ? "" : messages.get(loan.pagesDiffer() ? "print.loanSlip.pagesDiffer"
                : "print.loanSlip.pagesAgree"));
        return new Printout(PrintoutTypes.LOAN_SLIP, messages.language().locale(), stamp.with(own), List.of());
    }
}
