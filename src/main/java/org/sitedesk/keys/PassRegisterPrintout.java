package org.sitedesk.keys;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.money.Money;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.RegisterColumn;
import org.sitedesk.print.RegisterPrintout;

/** 出入证登记簿 on the list template: each pass with its status on the day and the deposit it holds. */
public final class PassRegisterPrintout {
    private PassRegisterPrintout() {
    }

    public static Printout of(List<Pass> passes, Map<Long, Money> deposits, LocalDate day, String filters, PrintStamp stamp) {
        Messages words = stamp.messages();
        List<RegisterColumn> columns = List.of(
                new RegisterColumn(words.get("passes.column.number"), 110),
                new RegisterColumn(words.get("passes.column.type"), 80),
                new RegisterColumn(words.get("passes.column.room"), 80),
                new RegisterColumn(words.get("passes.column.holder"), 90),
                new RegisterColumn(words.get("passes.column.validFrom"), 80),
                new RegisterColumn(words.get("passes.column.validUntil"), 80),
                new RegisterColumn(words.get("passes.column.status"), 70),
                new RegisterColumn(words.get("passes.column.deposit"), 60),
                new RegisterColumn(words.get("passes.column.note"), 150));
        List<List<String>> rows = passes.stream().map(pass -> List.of(pass.number(), pass.typeName(), pass.room(),
                pass.holder(), pass.validFrom().toString(), pass.validUntil().toString(), words.get(pass.status(day)),
                deposits.getOrDefault(pass.id(), Money.ZERO).toString(), note(pass, words))).toList();
        String subtitle = (filters.isEmpty() ? "" : filters + " · ") + words.format("print.passRegister.on", day.toString())
                + " · " + words.format("print.register.count", rows.size());
        return RegisterPrintout.of(words.get("print.passRegister.title"), subtitle, columns, rows, stamp,
                words.language().locale());
    }

    /** What a reader of the register asks about a pass: which one it replaced or was replaced by, what it was issued under. */
    public static String note(Pass pass, Messages words) {
        StringBuilder note = new StringBuilder();
        pass.reissueOf().ifPresent(old -> note.append(words.format("passes.note.replaces", old)));
        pass.reissuedAs().ifPresent(next -> note.append(note.length() > 0 ? "；" : "").append(words.format("passes.note.replacedBy", next)));
        pass.under().ifPresent(under -> note.append(note.length() > 0 ? "；" : "")
                .append(words.format("passes.note.under", under.reference())));
        return note.toString();
    }
}
