package org.sitedesk.repair.ui;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.core.users.Actor;
import org.sitedesk.repair.ComplaintEntry;
import org.sitedesk.repair.ComplaintLedger;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/** 投诉台账: the complaints of a month, each with its reply, result, the owner's word and whether answered the same day. */
public final class ComplaintsViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ObservableList<ComplaintEntry> complaints = FXCollections.observableArrayList();
    private final StringProperty shownMonth = new SimpleStringProperty("");
    private final MonthChoice month;
    private final FormState form;
    private final ComplaintLedger ledger;
    private final Actor actor;
    private final UiContext ui;

    public ComplaintsViewModel(ComplaintLedger ledger, Actor actor, UiContext ui) {
        this.ledger = ledger;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        this.month = new MonthChoice(YearMonth.now(ui.clock()));
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
            shownMonth.set(wanted.toString());
        });
    }

    public String reportedAt(ComplaintEntry entry) {
        return time(entry.reportedAt());
    }

    public String repliedAt(ComplaintEntry entry) {
        return entry.repliedAt().map(this::time).orElse("");
    }

    /** What was done, or where the complaint stands while nothing is done yet. */
    public String result(ComplaintEntry entry) {
        return entry.workDone().orElseGet(() -> ui.messages().get(entry.state()));
    }

    public String satisfaction(ComplaintEntry entry) {
        return entry.satisfaction().map(level -> ui.messages().get(level)).orElse("");
    }

    public String sameDay(ComplaintEntry entry) {
        return ui.messages().get(entry.sameDay());
    }

    private String time(Instant instant) {
        return instant.atZone(ui.clock().getZone()).format(TIME);
    }

    public ObservableList<ComplaintEntry> complaints() {
        return complaints;
    }

    public MonthChoice month() {
        return month;
    }

    /** The month the list shows (not what is being typed), for the printout's subtitle. */
    public String shownMonth() {
        return shownMonth.get();
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }
}
