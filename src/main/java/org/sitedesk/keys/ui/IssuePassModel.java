package org.sitedesk.keys.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.Person;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.keys.KeyServices;
import org.sitedesk.keys.PassDraft;
import org.sitedesk.keys.PassType;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 办证 as typed: the type (which fills in its validity and deposit), the holder (a person of the
 * household chosen by name, or any name typed for an outsider), the number read from the card or
 * typed (empty: the next number), until when, the deposit and how it is paid. On the household card
 * the unit is the card's; on the register it is the room typed.
 */
public final class IssuePassModel {
    private final StringProperty room = new SimpleStringProperty("");
    private final ObjectProperty<PassType> type = new SimpleObjectProperty<>();
    private final StringProperty holder = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    private final StringProperty deposit = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>(PaymentMethod.CASH);
    private final ObservableList<PassType> types = FXCollections.observableArrayList();
    private final ObservableList<String> holders = FXCollections.observableArrayList();
    private final Map<String, Long> people = new HashMap<>();
    private final KeyServices services;
    private final EstateService units;
    private final Actor actor;
    private final UiContext ui;
    private final FormState form;
    private final Runnable reload;
    private final Long unitId;

    IssuePassModel(KeyServices services, EstateService units, Actor actor, UiContext ui, FormState form, Runnable reload,
            Long unitId) {
        this.services = services;
        this.units = units;
        this.actor = actor;
        this.ui = ui;
        this.form = form;
        this.reload = reload;
        this.unitId = unitId;
        type.addListener((observable, old, chosen) -> {
            if (chosen != null) {
                until.set(LocalDate.now(ui.clock()).plusDays(chosen.validityDays()));
                deposit.set(chosen.deposit().toString());
            }
        });
    }

    /** The types on offer, loaded once with the screen; the first is chosen. */
    void showTypes(List<PassType> active) {
        types.setAll(active);
        if (type.get() == null && !active.isEmpty()) {
            type.set(active.get(0));
        }
    }

    /** The household's current people, offered as holders by name. */
    void showPeople(List<Person> current) {
        people.clear();
        current.forEach(person -> people.put(person.name(), person.id()));
        holders.setAll(current.stream().map(Person::name).toList());
        if (holder.get().isEmpty() && !holders.isEmpty()) {
            holder.set(holders.get(0));
        }
    }

    public void issue() {
        PassType chosen = type.get();
        if (chosen == null) {
            return;
        }
        String name = holder.get() == null ? "" : holder.get().trim();
        Optional<Money> money;
        try {
            money = deposit.get() == null || deposit.get().isBlank() ? Optional.empty()
                    : Optional.of(Money.of(new BigDecimal(deposit.get().trim())));
        } catch (ArithmeticException | NumberFormatException e) {
            form.showText(ui.format("cli.pass.depositForm", deposit.get()));
            return;
        }
        Optional<Long> person = Optional.ofNullable(people.get(name));
        String typed = number.get();
        LocalDate last = until.get();
        PaymentMethod how = method.get();
        String roomTyped = room.get();
        form.run(progress -> services.passes().issue(actor, new PassDraft(unit(roomTyped), chosen.code(), name, person, typed,
                Optional.ofNullable(last), money, how)), issued -> {
                    number.set("");
                    reload.run();
                    form.showText(ui.format("passes.issuedDone", issued.typeName(), issued.number(), issued.holder())
                            + (issued.depositReceipt().isEmpty() ? "" : ui.format("passes.receiptNote", issued.depositReceipt())));
                });
    }

    private long unit(String typed) {
        if (unitId != null) {
            return unitId;
        }
        RoomCode code = RoomCode.parse(typed).orElseThrow(() -> new UserFacingException("import.unit.roomForm", typed));
        return units.unit(code).orElseThrow(() -> new UserFacingException("cli.print.noRoom", code)).id();
    }

    public boolean needsRoom() {
        return unitId == null;
    }

    public StringProperty roomProperty() {
        return room;
    }

    public ObjectProperty<PassType> typeProperty() {
        return type;
    }

    public StringProperty holderProperty() {
        return holder;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    public StringProperty depositProperty() {
        return deposit;
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
    }

    public ObservableList<PassType> types() {
        return types;
    }

    public ObservableList<String> holders() {
        return holders;
    }

    public javafx.beans.property.BooleanProperty busyProperty() {
        return form.busyProperty();
    }
}
