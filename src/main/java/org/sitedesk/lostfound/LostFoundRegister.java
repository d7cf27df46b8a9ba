package org.sitedesk.lostfound;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.RegisterColumn;
import org.sitedesk.print.RegisterPrintout;

/**
 * 失物招领登记簿: the register's columns, shared by the screen and the printed register, so both
 * show the same. Only the public part of an item appears; what became of it names the claimant,
 * the station or the way it was disposed of.
 */
public final class LostFoundRegister {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One column: its heading key, its share of the width and what it shows of an item. */
    public record Column(String titleKey, double width, Function<FoundItem, String> text) {
    }

    private final Messages messages;
    private final LocalDate today;
    private final List<Column> columns;

    /** Columns in {@code messages}' words; {@code today} decides which held items show as due. */
    public LostFoundRegister(Messages messages, LocalDate today) {
        this.messages = messages;
        this.today = today;
        this.columns = List.of(
                new Column("lostFound.column.number", 130, FoundItem::number),
                new Column("lostFound.column.foundAt", 135, item -> item.foundAt().format(TIME)),
                new Column("lostFound.column.description", 170, FoundItem::description),
                new Column("lostFound.column.category", 90, item -> item.category().name()),
                new Column("lostFound.column.place", 120, FoundItem::foundPlace),
                new Column("lostFound.column.finder", 70, FoundItem::finderName),
                new Column("lostFound.column.storage", 90, FoundItem::storagePlace),
                new Column("lostFound.column.state", 100, this::state),
                new Column("lostFound.column.notice", 100, item -> item.noticePosted().map(Object::toString).orElse("")),
                // a period matters only while the item is still here
                new Column("lostFound.column.dueOn", 100, item -> item.state() == ItemState.HELD
                        ? item.dueOn().map(Object::toString).orElse("") : ""),
                new Column("lostFound.column.outcome", 170, this::outcome));
    }

    public List<Column> columns() {
        return columns;
    }

    public Printout printout(List<FoundItem> items, String subtitle, PrintStamp stamp) {
        Messages words = stamp.messages();
        List<RegisterColumn> printed = columns.stream()
                .map(column -> new RegisterColumn(words.get(column.titleKey()), column.width())).toList();
        LostFoundRegister inPrintWords = new LostFoundRegister(words, today);
        List<List<String>> rows = items.stream()
                .map(item -> inPrintWords.columns.stream().map(column -> column.text().apply(item)).toList()).toList();
        String count = words.format("print.register.count", rows.size());
        return RegisterPrintout.of(words.get("lostFound.register.title"), subtitle.isEmpty() ? count : subtitle + " · " + count,
                printed, rows, stamp, words.language().locale());
    }

    /** 在库, or 到期待处置 once its period is over. */
    private String state(FoundItem item) {
        return item.isDue(today) ? messages.get("lostFound.state.due") : messages.get(item.state());
    }

    private String outcome(FoundItem item) {
        return switch (item.state()) {
            case HELD -> "";
            case CLAIMED -> item.claim().map(claim -> messages.format("lostFound.outcome.claimed", claim.claimant())).orElse("");
            case POLICE -> item.handOver().map(handOver -> messages.format("lostFound.outcome.police", handOver.station(),
                    handOver.handedOn().toString())).orElse("");
            case DISPOSED -> item.disposal().map(disposal -> messages.format("lostFound.outcome.disposed",
                    messages.get(disposal.way()), disposal.disposedOn().toString())).orElse("");
        };
    }
}
