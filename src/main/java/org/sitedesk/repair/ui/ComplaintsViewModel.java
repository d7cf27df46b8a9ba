package org.sitedesk.repair.ui;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.users.Actor;
import org.sitedesk.print.RegisterColumn;
import org.sitedesk.print.RegisterPrintout;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.repair.ComplaintEntry;
import org.sitedesk.repair.ComplaintLedger;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/** 投诉台账: the complaints of a month, each with its reply, result, the owner's word and whether answered the same day. */
public final class ComplaintsViewModel {
    /** The year is the month's, shown above the list and on the printout, so the columns stay narrow. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final ObservableList<ComplaintEntry> complaints = FXCollections.observableArrayList();
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final List<LedgerColumn> columns;
    private final MonthChoice month;
    private final FormState form;
    private final ComplaintLedger ledger;
    private final PrintPreviews printing;
    private final Actor actor;
    private final UiContext ui;
    private YearMonth shownMonth;

    public ComplaintsViewModel(ComplaintLedger ledger, PrintPreviews printing, Actor actor, UiContext ui) {
        this.ledger = ledger;
        this.printing = printing;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        this.month = new MonthChoice(YearMonth.now(ui.clock()));
        this.columns = List.of(
                new LedgerColumn(ui.text("complaints.column.number"), 120, 80, ComplaintEntry::number, false),
                new LedgerColumn(ui.text("complaints.column.reportedAt"), 90, 64, entry -> time(entry.reportedAt()), false),
                new LedgerColumn(ui.text("complaints.column.location"), 75, 56, ComplaintEntry::location, false),
                new LedgerColumn(ui.text("complaints.column.reporter"), 75, 40, ComplaintEntry::reporter, false),
                new LedgerColumn(ui.text("complaints.column.category"), 75, 48, ComplaintEntry::category, false),
                new LedgerColumn(ui.text("complaints.column.description"), 170, 125, ComplaintEntry::description, true),
                new LedgerColumn(ui.text("complaints.column.repliedAt"), 90, 64,
                        entry -> entry.repliedAt().map(this::time).orElse(""), false),
                new LedgerColumn(ui.text("complaints.column.handling"), 170, 125, ComplaintEntry::handling, true),
                new LedgerColumn(ui.text("complaints.column.result"), 120, 86, this::result, true),
                new LedgerColumn(ui.text("complaints.column.satisfaction"), 90, 52,
                        entry -> entry.satisfaction().map(level -> ui.messages().get(level)).orElse(""), true),
                new LedgerColumn(ui.text("complaints.column.sameDay"), 80, 46,
                        entry -> ui.messages().get(entry.sameDay()), false));
    }

    /** Loads the month typed, in the background. */
    public void show() {
        YearMonth wanted = month.month().orElse(null);
        if (wanted == null) {
            form.showText(ui.format("cli.bill.periodForm", month.textProperty().get()));
            return;
        }
        form.run(progress -> ledger.month(actor, wanted), found -> {
            complaints.setAll(found);
            shownMonth = wanted;
            loaded.set(true);
        });
    }

    /**
     * The month's ledger on the list printout, in the order the table shows; the sentences get the
     * most room, as one line each.
     */
    public void print(Window owner) {
        if (shownMonth == null) {
            return;
        }
        YearMonth month = shownMonth;
        List<List<String>> shownRows = complaints.stream()
                .map(entry -> columns.stream().map(column -> column.text().apply(entry)).toList()).toList();
        printing.preview(owner, ui.text("nav.complaints"), stamp -> {
            Messages words = stamp.messages();
            // the cells were written in the window's words: levels and yes/no are put into the printout's
            UnaryOperator<String> reword = ui.messages().rewordingInto(words);
            List<RegisterColumn> printed = columns.stream()
                    .map(column -> new RegisterColumn(reword.apply(column.title()), column.printWidth())).toList();
            List<List<String>> rows = shownRows.stream().map(row -> row.stream().map(reword).toList()).toList();
            return RegisterPrintout.of(words.get("nav.complaints"),
                    month + " · " + words.format("print.register.count", rows.size()), printed, rows, stamp,
                    words.language().locale());
        });
    }

    /** What was done, or where the complaint stands while nothing is done yet. */
    private String result(ComplaintEntry entry) {
        return entry.workDone().orElseGet(() -> ui.messages().get(entry.state()));
    }

    private String time(Instant instant) {
        return instant.atZone(ui.clock().getZone()).format(TIME);
    }

    public List<LedgerColumn> columns() {
        return columns;
    }

    public ObservableList<ComplaintEntry> complaints() {
        return complaints;
    }

    public MonthChoice month() {
        return month;
    }

    /** Whether a month has been shown, so there is a ledger to print. */
    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }
}
