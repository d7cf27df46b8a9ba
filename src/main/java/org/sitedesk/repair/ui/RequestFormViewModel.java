package org.sitedesk.repair.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
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
import org.sitedesk.estate.Unit;
import org.sitedesk.repair.Category;
import org.sitedesk.repair.Channel;
import org.sitedesk.repair.CommonArea;
import org.sitedesk.repair.Contact;
import org.sitedesk.repair.Location;
import org.sitedesk.repair.Priority;
import org.sitedesk.repair.RepairSettingsService;
import org.sitedesk.repair.RequestDraft;
import org.sitedesk.repair.RepairServices;
import org.sitedesk.repair.RequestType;
import org.sitedesk.repair.ServiceRequest;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 报事登记: the form a clerk fills with the caller on the phone. Opened on a household it starts
 * with the room, the owner's name and phone filled in, type 报修, channel phone, priority 一般, so
 * a repair needs only its category and description. A fault like one fixed within the rework window
 * is offered as a rework of it.
 */
public final class RequestFormViewModel {
    private final ObjectProperty<RequestType> type = new SimpleObjectProperty<>(RequestType.REPAIR);
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.PHONE);
    private final BooleanProperty atArea = new SimpleBooleanProperty(false);
    private final StringProperty room = new SimpleStringProperty("");
    private final ObjectProperty<CommonArea> area = new SimpleObjectProperty<>();
    private final StringProperty reporter = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(Priority.ORDINARY);
    private final StringProperty appointment = new SimpleStringProperty("");
    private final BooleanProperty paid = new SimpleBooleanProperty(false);
    private final BooleanProperty rework = new SimpleBooleanProperty(false);
    private final StringProperty reworkText = new SimpleStringProperty("");
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObservableList<CommonArea> areas = FXCollections.observableArrayList();
    private final FormState form;
    private final RepairServices repair;
    private final RepairSettingsService settings;
    private final EstateService estate;
    private final Actor actor;
    private final UiContext ui;
    private final Consumer<ServiceRequest> logged;
    private Optional<Unit> unit = Optional.empty();
    private Optional<ServiceRequest> reworkCandidate = Optional.empty();
    /** The room last looked up, so leaving the field again does not ask twice. */
    private String lastLooked = "";

    public RequestFormViewModel(RepairServices repair, EstateService estate, Actor actor, UiContext ui,
            Consumer<ServiceRequest> logged) {
        this.repair = repair;
        this.settings = repair.settings();
        this.estate = estate;
        this.actor = actor;
        this.ui = ui;
        this.logged = logged;
        this.form = new FormState(ui);
        category.addListener((observable, old, now) -> lookForRework());
        area.addListener((observable, old, now) -> lookForRework());
    }

    /** Loads the lists; with a unit, fills the room and its owner as the caller. */
    public void open(Long unitId) {
        form.run(progress -> {
            Optional<Unit> found = unitId == null ? Optional.empty() : estate.unit(unitId);
            Optional<Contact> contact = found.flatMap(at -> repair.intake().contact(actor, at.id()));
            return new Lists(settings.categories().stream().filter(Category::active).toList(),
                    settings.commonAreas().stream().filter(CommonArea::active).toList(), found, contact);
        }, lists -> {
            categories.setAll(lists.categories());
            areas.setAll(lists.areas());
            lists.unit().ifPresent(found -> {
                unit = Optional.of(found);
                room.set(found.room().toString());
            });
            lists.contact().ifPresent(contact -> {
                reporter.set(contact.name());
                phone.set(contact.phone());
            });
        });
    }

    /** The room typed: found in the background, its owner filled in as the caller if nobody is yet. */
    public void roomTyped() {
        String typed = room.get() == null ? "" : room.get().trim();
        if (typed.isEmpty() || typed.equals(lastLooked) || unit.map(found -> found.room().toString().equals(typed))
                .orElse(false)) {
            return;
        }
        lastLooked = typed;
        form.run(progress -> {
            RoomCode code = RoomCode.parse(typed).orElseThrow(() -> new UserFacingException("error.request.room", typed));
            Unit found = estate.unit(code).orElseThrow(() -> new UserFacingException("error.request.room", typed));
            return new Lists(null, null, Optional.of(found), repair.intake().contact(actor, found.id()));
        }, lists -> {
            unit = lists.unit();
            if (reporter.get().isBlank()) {
                lists.contact().ifPresent(contact -> {
                    reporter.set(contact.name());
                    phone.set(contact.phone());
                });
            }
            lookForRework();
        });
    }

    private void lookForRework() {
        Optional<Location> place = location();
        Category chosen = category.get();
        reworkCandidate = Optional.empty();
        rework.set(false);
        reworkText.set("");
        if (place.isEmpty() || chosen == null || type.get() != RequestType.REPAIR) {
            return;
        }
        ui.tasks().execute(org.sitedesk.ui.BackgroundTask.of(progress -> repair.intake().reworkCandidate(place.get(), chosen.code()))
                .onSuccess(found -> found.ifPresent(earlier -> {
                    reworkCandidate = Optional.of(earlier);
                    rework.set(true);
                    reworkText.set(ui.format("requestForm.reworkOf", earlier.number(),
                            earlier.completion().map(done -> done.workDone()).orElse(""),
                            earlier.engineerNames()));
                })));
    }

    private Optional<Location> location() {
        if (atArea.get()) {
            return Optional.ofNullable(area.get()).map(chosen -> Location.area(chosen.id(), chosen.name()));
        }
        return unit.filter(found -> found.room().toString().equals(room.get() == null ? "" : room.get().trim()))
                .map(found -> Location.unit(found.id(), found.room().toString()));
    }

    public void save() {
        Optional<Location> place = location();
        if (place.isEmpty()) {
            form.showMessage(atArea.get() || room.get().isBlank() ? "error.request.location" : "requestForm.roomPending");
            return;
        }
        if (category.get() == null) {
            form.showMessage("error.request.category");
            return;
        }
        Optional<LocalDateTime> appointed = Optional.empty();
        if (priority.get() == Priority.APPOINTMENT) {
            try {
                appointed = Optional.of(LocalDateTime.parse(appointment.get().trim(), BoardDialogs.TIME));
            } catch (DateTimeParseException e) {
                form.showMessage("requestForm.appointmentFormat");
                return;
            }
        }
        RequestDraft draft = new RequestDraft(type.get(), channel.get(), place.get(), reporter.get(), phone.get(),
                category.get().code(), description.get(), priority.get(), appointed, paid.get(),
                rework.get() ? reworkCandidate.map(ServiceRequest::id) : Optional.empty());
        form.run(progress -> repair.intake().log(actor, draft), saved -> {
            form.showText(ui.format("requestForm.saved", saved.number()));
            logged.accept(saved);
        });
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    public ObservableList<CommonArea> areas() {
        return areas;
    }

    public ObjectProperty<RequestType> typeProperty() {
        return type;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public BooleanProperty atAreaProperty() {
        return atArea;
    }

    public StringProperty roomProperty() {
        return room;
    }

    public ObjectProperty<CommonArea> areaProperty() {
        return area;
    }

    public StringProperty reporterProperty() {
        return reporter;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<Priority> priorityProperty() {
        return priority;
    }

    public StringProperty appointmentProperty() {
        return appointment;
    }

    public BooleanProperty paidProperty() {
        return paid;
    }

    public BooleanProperty reworkProperty() {
        return rework;
    }

    public StringProperty reworkTextProperty() {
        return reworkText;
    }

    public boolean hasUnit() {
        return unit.isPresent();
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }

    /** What the background loading hands back. */
    private record Lists(java.util.List<Category> categories, java.util.List<CommonArea> areas, Optional<Unit> unit,
            Optional<Contact> contact) {
    }
}
