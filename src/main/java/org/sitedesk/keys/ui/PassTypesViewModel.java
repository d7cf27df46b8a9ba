package org.sitedesk.keys.ui;

import java.math.BigDecimal;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.keys.PassType;
import org.sitedesk.keys.PassTypes;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/** 证件类型: the kinds of pass with their validity, deposit and reissue fee; chosen ones are edited, new ones added. */
public final class PassTypesViewModel {
    private final ObservableList<PassType> types = FXCollections.observableArrayList();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty days = new SimpleStringProperty("");
    private final StringProperty deposit = new SimpleStringProperty("");
    private final StringProperty fee = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final FormState form;
    private final PassTypes service;
    private final Actor actor;
    private final UiContext ui;

    public PassTypesViewModel(PassTypes service, Actor actor, UiContext ui) {
        this.service = service;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
    }

    public void load() {
        form.run(progress -> service.all(), types::setAll);
    }

    public void choose(PassType type) {
        if (type != null) {
            code.set(type.code());
            name.set(type.name());
            days.set(Integer.toString(type.validityDays()));
            deposit.set(type.deposit().toString());
            fee.set(type.reissueFee().toString());
            active.set(type.active());
        }
    }

    public void save() {
        PassType wanted;
        try {
            wanted = new PassType(code.get(), name.get(), Integer.parseInt(days.get().trim()), Money.of(new BigDecimal(deposit.get().trim())),
                    Money.of(new BigDecimal(fee.get().trim())), 0, active.get());
        } catch (NumberFormatException | ArithmeticException e) {
            form.showMessage("error.passType.money");
            return;
        }
        form.run(progress -> {
            PassType saved = service.save(actor, wanted);
            types.setAll(service.all());
            return saved;
        }, saved -> form.showText(ui.format("passTypes.saved", saved.name())));
    }

    public boolean mayEdit() {
        return actor.may(Permission.MANAGE_FEES);
    }

    public ObservableList<PassType> types() {
        return types;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty daysProperty() {
        return days;
    }

    public StringProperty depositProperty() {
        return deposit;
    }

    public StringProperty feeProperty() {
        return fee;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }
}
