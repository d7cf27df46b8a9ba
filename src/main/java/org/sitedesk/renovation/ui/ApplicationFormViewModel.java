package org.sitedesk.renovation.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.renovation.ApplicantKind;
import org.sitedesk.renovation.ApplicationDraft;
import org.sitedesk.renovation.ChecklistDocument;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.renovation.RenovationServices;
import org.sitedesk.renovation.ScopeItem;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 装修申请 form: the unit, who applies (the owner, or a tenant with the owner's written consent), the
 * contractor, the planned dates, the scope items from the site's list (those touching a prohibition
 * marked), and the documents seen at the counter. Saved, it goes for review at once unless kept as 申请.
 */
public final class ApplicationFormViewModel {
    private final StringProperty room = new SimpleStringProperty("");
    private final StringProperty applicant = new SimpleStringProperty("");
    private final ObjectProperty<ApplicantKind> kind = new SimpleObjectProperty<>(ApplicantKind.OWNER);
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty contractor = new SimpleStringProperty("");
    private final StringProperty licence = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty submit = new SimpleBooleanProperty(true);
    private final ObservableList<Choice<ScopeItem>> scope = FXCollections.observableArrayList();
    private final ObservableList<Choice<ChecklistDocument>> documents = FXCollections.observableArrayList();
    private final FormState form;
    private final RenovationServices renovation;
    private final EstateService units;
    private final Actor actor;
    private final UiContext ui;
    private final Consumer<Renovation> registered;

    public ApplicationFormViewModel(RenovationServices renovation, EstateService units, Actor actor, UiContext ui,
            Consumer<Renovation> registered) {
        this.renovation = renovation;
        this.units = units;
        this.actor = actor;
        this.ui = ui;
        this.registered = registered;
        this.form = new FormState(ui);
    }

    /** An empty form with the site's scope items and checklist; {@code roomCode} filled when opened on a unit. */
    public void open(String roomCode) {
        form.run(progress -> new Lists(renovation.lists().scopeItems().stream().filter(ScopeItem::active).toList(),
                renovation.lists().documents().stream().filter(ChecklistDocument::active).toList()), lists -> {
                    documents.setAll(lists.documents().stream().map(Choice::new).toList());
                    scope.setAll(lists.scope().stream().map(Choice::new).toList());
                    clear();
                    if (roomCode != null) {
                        room.set(roomCode);
                        roomEntered();
                    }
                });
    }

    private void clear() {
        LocalDate today = LocalDate.now(ui.clock());
        room.set("");
        applicant.set("");
        kind.set(ApplicantKind.OWNER);
        phone.set("");
        contractor.set("");
        licence.set("");
        contact.set("");
        from.set(today.plusDays(1));
        to.set(today.plusDays(60));
        submit.set(true);
        scope.forEach(choice -> choice.chosen().set(false));
        documents.forEach(choice -> choice.chosen().set(false));
    }

    /** The room typed: the owner's name offered as the applicant when none is typed yet. */
    public void roomEntered() {
        String typed = room.get().trim();
        if (typed.isEmpty() || !applicant.get().isBlank()) {
            return;
        }
        LocalDate today = LocalDate.now(ui.clock());
        ui.tasks().execute(org.sitedesk.ui.BackgroundTask.of(progress -> RoomCode.parse(typed).flatMap(units::unit)
                .map(unit -> units.ownerNames(unit.id(), today)).orElse("")).onSuccess(owners -> {
                    if (applicant.get().isBlank() && room.get().trim().equals(typed)) {
                        applicant.set(owners);
                    }
                }).onFailure(error -> { }));
    }

    public void save() {
        String typed = room.get().trim();
        List<String> items = scope.stream().filter(choice -> choice.chosen().get()).map(choice -> choice.value().code()).toList();
        Set<String> seen = documents.stream().filter(choice -> choice.chosen().get()).map(choice -> choice.value().code())
                .collect(Collectors.toSet());
        String name = applicant.get();
        ApplicantKind who = kind.get();
        String phoneTyped = phone.get().trim();
        String company = contractor.get();
        String licenceTyped = licence.get();
        String contactTyped = contact.get();
        LocalDate start = from.get();
        LocalDate end = to.get();
        boolean send = submit.get();
        form.run(progress -> {
            RoomCode code = RoomCode.parse(typed).orElseThrow(() -> new UserFacingException("import.unit.roomForm", typed));
            long unitId = units.unit(code).orElseThrow(() -> new UserFacingException("cli.print.noRoom", code)).id();
            return renovation.applications().apply(actor, new ApplicationDraft(unitId, name, who, phoneTyped, company,
                    licenceTyped, contactTyped, start, end, items, seen), send);
        }, applied -> {
            clear();
            form.showText(ui.format("renovation.done.applied", applied.number()));
            registered.accept(applied);
        });
    }

    /** A checklist document's name by its code. */
    public String documentName(String code) {
        return documents.stream().map(Choice::value).filter(document -> document.code().equals(code))
                .map(ChecklistDocument::name).findFirst().orElse(code);
    }

    public StringProperty roomProperty() {
        return room;
    }

    public StringProperty applicantProperty() {
        return applicant;
    }

    public ObjectProperty<ApplicantKind> kindProperty() {
        return kind;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty contractorProperty() {
        return contractor;
    }

    public StringProperty licenceProperty() {
        return licence;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public BooleanProperty submitProperty() {
        return submit;
    }

    public ObservableList<Choice<ScopeItem>> scope() {
        return scope;
    }

    public ObservableList<Choice<ChecklistDocument>> documents() {
        return documents;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }

    /** One item of a list the clerk ticks. */
    public record Choice<T>(T value, BooleanProperty chosen) {
        Choice(T value) {
            this(value, new SimpleBooleanProperty(false));
        }
    }

    private record Lists(List<ScopeItem> scope, List<ChecklistDocument> documents) {
    }
}
