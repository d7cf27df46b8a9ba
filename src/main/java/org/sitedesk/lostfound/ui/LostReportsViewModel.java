package org.sitedesk.lostfound.ui;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.core.users.Actor;
import org.sitedesk.lostfound.ItemCategory;
import org.sitedesk.lostfound.LostFoundServices;
import org.sitedesk.lostfound.LostReport;
import org.sitedesk.lostfound.LostReportDraft;
import org.sitedesk.lostfound.Match;
import org.sitedesk.lostfound.ReportState;
import org.sitedesk.ui.BackgroundTask;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 挂失登记: an owner or visitor reports something lost; the open reports are listed, and beside the
 * chosen one the found items it may be about (same category, overlapping days, words in common).
 */
public final class LostReportsViewModel {
    private final StringProperty reporter = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty room = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<ItemCategory> category = new SimpleObjectProperty<>();
    private final StringProperty place = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty closedToo = new SimpleBooleanProperty(false);
    private final StringProperty withdrawNote = new SimpleStringProperty("");
    private final ObjectProperty<LostReport> selected = new SimpleObjectProperty<>();
    private final ObservableList<LostReport> reports = FXCollections.observableArrayList();
    private final ObservableList<Match> matches = FXCollections.observableArrayList();
    private final ObservableList<ItemCategory> categories = FXCollections.observableArrayList();
    private final FormState form;
    private final LostFoundServices lostFound;
    private final Actor actor;
    private final UiContext ui;

    public LostReportsViewModel(LostFoundServices lostFound, Actor actor, UiContext ui) {
        this.lostFound = lostFound;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        LocalDate today = LocalDate.now(ui.clock());
        from.set(today);
        to.set(today);
        selected.addListener((observable, old, report) -> showMatches(report));
    }

    public void open() {
        form.run(progress -> lostFound.settings().categories().stream().filter(ItemCategory::active).toList(), found -> {
            categories.setAll(found);
            load(null);
        });
    }

    /** The reports, the one numbered {@code choose} chosen. */
    public void load(String choose) {
        boolean all = closedToo.get();
        form.run(progress -> lostFound.reports().list(actor, all), found -> {
            reports.setAll(found);
            selected.set(found.stream().filter(report -> report.number().equals(choose)).findFirst().orElse(null));
        });
    }

    public void save() {
        if (category.get() == null) {
            form.showMessage("error.lost.categoryRequired");
            return;
        }
        LostReportDraft draft = new LostReportDraft(reporter.get(), phone.get(), room.get(), description.get(),
                category.get().code(), place.get(), from.get(), to.get());
        form.run(progress -> lostFound.reports().log(actor, draft), logged -> {
            reporter.set("");
            phone.set("");
            room.set("");
            description.set("");
            place.set("");
            load(logged.number());
            form.showText(ui.format("lostFound.report.saved", logged.number()));
        });
    }

    /** The owner found it elsewhere: the chosen report is closed with the note, never deleted. */
    public void withdraw() {
        LostReport chosen = selected.get();
        if (chosen == null || chosen.state() != ReportState.OPEN) {
            form.showMessage("lostFound.report.chooseOpen");
            return;
        }
        String note = withdrawNote.get();
        form.run(progress -> lostFound.reports().withdraw(actor, chosen.id(), note), closed -> {
            withdrawNote.set("");
            load(null);
            form.showText(ui.format("lostFound.report.withdrawDone", closed.number()));
        });
    }

    private void showMatches(LostReport report) {
        matches.clear();
        if (report == null || report.state() != ReportState.OPEN) {
            return;
        }
        String number = report.number();
        ui.tasks().execute(BackgroundTask.of(progress -> lostFound.matching().forReport(actor, number))
                .onSuccess(found -> {
                    if (selected.get() != null && selected.get().number().equals(number)) {
                        matches.setAll(found);
                    }
                }));
    }

    public StringProperty reporterProperty() {
        return reporter;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty roomProperty() {
        return room;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<ItemCategory> categoryProperty() {
        return category;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public BooleanProperty closedTooProperty() {
        return closedToo;
    }

    public StringProperty withdrawNoteProperty() {
        return withdrawNote;
    }

    public ObjectProperty<LostReport> selectedProperty() {
        return selected;
    }

    public ObservableList<LostReport> reports() {
        return reports;
    }

    public ObservableList<Match> matches() {
        return matches;
    }

    public ObservableList<ItemCategory> categories() {
        return categories;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }
}
