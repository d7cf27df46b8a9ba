package org.sitedesk.archive;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.RegisterColumn;
import org.sitedesk.print.RegisterPrintout;

/**
 * The archive's lists on paper through the one register template: 销毁清单 (issue 15, item 6) with
 * who approved and who witnessed each destruction, and 借阅登记 (item 4) with every loan's state.
 */
public final class RegisterPrintouts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private RegisterPrintouts() {
    }

    public static Printout destructions(List<Destruction> destroyed, PrintStamp stamp, Messages messages) {
        List<RegisterColumn> columns = List.of(
                new RegisterColumn(messages.get("print.catalogue.no"), 30),
                new RegisterColumn(messages.get("archive.column.fileNo"), 95),
                new RegisterColumn(messages.get("archive.column.type"), 95),
                new RegisterColumn(messages.get("archive.column.pages"), 34),
                new RegisterColumn(messages.get("archive.column.received"), 66),
                new RegisterColumn(messages.get("archive.column.retention"), 50),
                new RegisterColumn(messages.get("destruction.column.on"), 66),
                new RegisterColumn(messages.get("destruction.column.method"), 80),
                new RegisterColumn(messages.get("destruction.column.reason"), 120),
                new RegisterColumn(messages.get("destruction.column.approvedBy"), 66),
                new RegisterColumn(messages.get("destruction.column.witness"), 110));
        List<List<String>> rows = new java.util.ArrayList<>();
        for (Destruction line : destroyed) {
            rows.add(List.of(Integer.toString(rows.size() + 1), line.fileNo(), line.typeName(), Integer.toString(line.pages()),
                    line.received().format(DAY), retention(line.retentionYears().orElse(null), messages),
                    line.destroyedOn().format(DAY), line.method(), line.reason(), line.approverName(), line.witness()));
        }
        return RegisterPrintout.of(messages.get("print.destructions.title"),
                messages.format("print.register.count", rows.size()), columns, rows, stamp, messages.language().locale());
    }

    public static Printout loans(List<Loan> loans, LocalDate today, ZoneId zone, PrintStamp stamp, Messages messages) {
        List<RegisterColumn> columns = List.of(
                new RegisterColumn(messages.get("archive.column.fileNo"), 95),
                new RegisterColumn(messages.get("archive.column.type"), 85),
                new RegisterColumn(messages.get("archive.column.level"), 34),
                new RegisterColumn(messages.get("loan.column.borrower"), 100),
                new RegisterColumn(messages.get("loan.column.reason"), 130),
                new RegisterColumn(messages.get("loan.column.lentOn"), 66),
                new RegisterColumn(messages.get("loan.column.due"), 66),
                new RegisterColumn(messages.get("loan.column.approvedBy"), 55),
                new RegisterColumn(messages.get("loan.column.returnedOn"), 66),
                new RegisterColumn(messages.get("loan.column.pages"), 44),
                new RegisterColumn(messages.get("loan.column.state"), 100));
        List<List<String>> rows = loans.stream().map(loan -> List.of(loan.fileNo(), loan.typeName(), loan.level().word(),
                loan.borrower(), loan.reason(), loan.lentAt().atZoneSameInstant(zone).toLocalDate().format(DAY),
                loan.dueOn().format(DAY), loan.approverName(),
                loan.returnedAt().map(at -> at.atZoneSameInstant(zone).toLocalDate().format(DAY)).orElse(""),
                pages(loan), messages.get(loan.state(today)))).toList();
        return RegisterPrintout.of(messages.get("print.loans.title"), messages.format("print.register.count", rows.size()),
                columns, rows, stamp, messages.language().locale());
    }

    /** 12 → 10 once back; the pages lent while out. */
    public static String pages(Loan loan) {
        return loan.pagesReturned().map(back -> loan.pagesLent() + " → " + back).orElse(Integer.toString(loan.pagesLent()));
    }

    public static String retention(Integer years, Messages messages) {
        return years == null ? messages.get("archive.permanent") : messages.format("archive.years", years);
    }
}
