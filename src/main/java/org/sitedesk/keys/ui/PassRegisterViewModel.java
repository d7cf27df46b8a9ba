package org.sitedesk.keys.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.EstateService;
import org.sitedesk.keys.KeyServices;
import org.sitedesk.keys.Pass;
import org.sitedesk.keys.PassFilter;
import org.sitedesk.keys.PassRegisterPrintout;
import org.sitedesk.keys.PassStatus;
import org.sitedesk.keys.PassType;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 出入证登记: the register with its filters (type, status today, expiring within so many days, a piece
 * of number, holder or room; a card swiped into the search finds itself), the counter's actions on
 * the chosen pass, a new pass for any room, the register printed and the access-control list exported.
 */
public final class PassRegisterViewModel {
    private static final int DEFAULT_DAYS = 30;

    private final ObservableList<Pass> passes = FXCollections.observableArrayList();
    private final ObservableList<PassType> types = FXCollections.observableArrayList();
    private final ObjectProperty<PassType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<PassStatus> status = new SimpleObjectProperty<>();
    private final BooleanProperty expiringOnly = new SimpleBooleanProperty(false);
    private final StringProperty days = new SimpleStringProperty(Integer.toString(DEFAULT_DAYS));
    private final StringProperty text = new SimpleStringProperty("");
    private Map<Long, Money> deposits = new HashMap<>();
    private final FormState form;
    private final KeyServices services;
    private final PrintPreviews printing;
    private final Actor actor;
    private final UiContext ui;
    private final PassActionsModel actions;
    private final IssuePassModel issuing;

    public PassRegisterViewModel(KeyServices services, EstateService units, PrintPreviews printing, Actor actor, UiContext ui) {
        this.services = services;
        this.printing = printing;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        this.actions = new PassActionsModel(services, printing, actor, ui, form, this::search);
        this.issuing = new IssuePassModel(services, units, actor, ui, form, this::search, null);
    }

    /** The types for the filter and the form, then the register. */
    public void load() {
        form.run(progress -> services.passTypes().all(), found -> {
            types.setAll(found);
            issuing.showTypes(found.stream().filter(PassType::active).toList());
            search();
        });
    }

    public void search() {
        Optional<Integer> within;
        try {
            within = expiringOnly.get() ? Optional.of(Integer.parseInt(days.get().trim())) : Optional.empty();
        } catch (NumberFormatException e) {
            form.showText(ui.format("passes.daysForm", days.get()));
            return;
        }
        PassFilter filter = new PassFilter(Optional.ofNullable(type.get()).map(PassType::code), Optional.ofNullable(status.get()),
                within, text.get());
        Pass wasChosen = actions.chosenProperty().get();
        form.run(progress -> {
            List<Pass> found = services.register().list(actor, filter);
            return new Found(found, services.register().depositsHeld(found));
        }, found -> {
            deposits = found.deposits();
            passes.setAll(found.passes());
            actions.chosenProperty().set(wasChosen == null ? null : found.passes().stream()
                    .filter(pass -> pass.id() == wasChosen.id()).findFirst().orElse(null));
            if (form.messageProperty().get().isEmpty()) {
                form.showText(ui.format("passes.count", found.passes().size()));
            }
        });
    }

    /** 出入证登记簿 of what the list shows, in the site's printout language. */
    public void printRegister(Window owner) {
        List<Pass> shown = List.copyOf(passes);
        Map<Long, Money> held = Map.copyOf(deposits);
        LocalDate today = LocalDate.now(ui.clock());
        printing.preview(owner, ui.text("print.passRegister.title"),
                stamp -> PassRegisterPrintout.of(shown, held, today, "", stamp));
    }

    /** 门禁名单: every number, valid or not today, for the site's access-control system. */
    public void exportAccessList(Path file) {
        form.run(progress -> services.register().exportForAccessControl(actor, file),
                rows -> form.showText(ui.format("passes.exported", rows, file.getFileName())));
    }

    public Map<Long, Money> deposits() {
        return deposits;
    }

    public ObservableList<Pass> passes() {
        return passes;
    }

    public ObservableList<PassType> types() {
        return types;
    }

    public ObjectProperty<PassType> typeProperty() {
        return type;
    }

    public ObjectProperty<PassStatus> statusProperty() {
        return status;
    }

    public BooleanProperty expiringOnlyProperty() {
        return expiringOnly;
    }

    public StringProperty daysProperty() {
        return days;
    }

    public StringProperty textProperty() {
        return text;
    }

    public PassActionsModel actions() {
        return actions;
    }

    public IssuePassModel issuing() {
        return issuing;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    private record Found(List<Pass> passes, Map<Long, Money> deposits) {
    }
}
