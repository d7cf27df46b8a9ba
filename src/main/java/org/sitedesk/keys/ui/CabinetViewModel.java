package org.sitedesk.keys.ui;

import java.time.Instant;
import java.util.List;
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
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.keys.Cabinet;
import org.sitedesk.keys.CabinetKey;
import org.sitedesk.keys.KeyLendingSlip;
import org.sitedesk.keys.KeyLoan;
import org.sitedesk.keys.KeyServices;
import org.sitedesk.keys.KeyState;
import org.sitedesk.keys.LoanDraft;
import org.sitedesk.keys.NewKey;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;
import org.sitedesk.ui.Work;

/**
 * 钥匙柜: the cabinets, the keys on their hooks, the hook chosen and what can be done with its key:
 * lend it, take it back, open or close its sealed envelope, record it lost, put a key on a free hook.
 * Every change goes to the key services in the background and reloads the cabinet.
 */
public final class CabinetViewModel {
    private final ObservableList<Cabinet> cabinets = FXCollections.observableArrayList();
    private final ObservableList<CabinetKey> keys = FXCollections.observableArrayList();
    private final ObjectProperty<Cabinet> cabinet = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> hook = new SimpleObjectProperty<>();
    private final ObjectProperty<CabinetKey> chosen = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty lostNote = new SimpleStringProperty("");
    private final AddKeyModel adding = new AddKeyModel();
    private final LendFormModel lending;
    private final FormState form;
    private final KeyServices services;
    private final PrintPreviews printing;
    private final Actor actor;
    private final UiContext ui;

    public CabinetViewModel(KeyServices services, PrintPreviews printing, Actor actor, UiContext ui) {
        this.services = services;
        this.printing = printing;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        this.lending = new LendFormModel(ui.clock());
        hook.addListener((observable, old, number) -> choose());
        cabinet.addListener((observable, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                hook.set(null);
            }
        });
    }

    /** Loads the cabinets and every key the center holds; the first cabinet is shown unless one is. */
    public void load() {
        form.run(progress -> new Loaded(services.lookup().cabinets(), services.lookup().held(actor)), this::show);
    }

    private void show(Loaded found) {
        Cabinet shown = cabinet.get();
        Integer kept = hook.get();
        // the cabinet chooser drops its value when its items are replaced: only replace them when they changed
        if (!cabinets.equals(found.cabinets())) {
            cabinets.setAll(found.cabinets());
        }
        keys.setAll(found.keys());
        Cabinet again = found.cabinets().stream().filter(candidate -> shown != null && candidate.id() == shown.id()).findFirst()
                .orElse(found.cabinets().isEmpty() ? null : found.cabinets().get(0));
        cabinet.set(again);
        if (again != null && shown != null && again.id() == shown.id()) {
            hook.set(kept);
        }
        loaded.set(true);
        choose();
    }

    private void choose() {
        chosen.set(hook.get() == null ? null : keyOn(hook.get()).orElse(null));
    }

    /** The key on a hook of the cabinet shown, if one hangs there (or is out from there). */
    public Optional<CabinetKey> keyOn(int number) {
        Cabinet shown = cabinet.get();
        if (shown == null) {
            return Optional.empty();
        }
        return keys.stream().filter(key -> key.hook().map(at -> at.cabinetCode().equals(shown.code()) && at.number() == number)
                .orElse(false)).findFirst();
    }

    public void lend() {
        CabinetKey key = chosen.get();
        if (key == null) {
            return;
        }
        LoanDraft draft;
        try {
            draft = lending.draft();
        } catch (UserFacingException e) {
            form.showText(ui.messages().describe(e));
            return;
        }
        change(progress -> services.lending().lend(actor, key.id(), draft), loan -> {
            lending.clear();
            return ui.format("keys.lent", key.number(), loan.borrower().name(), time(loan.due()));
        });
    }

    public void giveBack() {
        CabinetKey key = chosen.get();
        if (key == null) {
            return;
        }
        change(progress -> services.lending().giveBack(actor, key.id()),
                loan -> ui.format("keys.returned", key.number(), loan.borrower().name()));
    }

    public void openSeal() {
        CabinetKey key = chosen.get();
        String why = reason.get();
        if (key != null) {
            change(progress -> services.lending().openSeal(actor, key.id(), why), opened -> {
                reason.set("");
                return ui.format("keys.sealOpened", opened.number());
            });
        }
    }

    public void seal() {
        CabinetKey key = chosen.get();
        if (key != null) {
            change(progress -> services.lending().seal(actor, key.id(), ""), sealed -> ui.format("keys.sealedAgain", sealed.number()));
        }
    }

    /** 遗失: asked first, since the key then leaves the cabinet for good and its lock must be changed. */
    public void reportLost() {
        CabinetKey key = chosen.get();
        if (key == null || !ui.dialogs().confirm(ui.format("keys.lostConfirm", key.number(), key.opens().name()))) {
            return;
        }
        String note = lostNote.get();
        change(progress -> services.lending().reportLost(actor, key.id(), note), lost -> {
            lostNote.set("");
            return ui.format("keys.lostDone", lost.number(), lost.opens().name());
        });
    }

    /** 入柜: a key on the chosen free hook; the place is a room code or a common area's name. */
    public void addKey() {
        Cabinet shown = cabinet.get();
        Integer number = hook.get();
        if (shown == null || number == null) {
            return;
        }
        String typed = adding.opensProperty().get();
        int copies;
        try {
            copies = Integer.parseInt(adding.copiesProperty().get().trim());
        } catch (NumberFormatException e) {
            form.showText(ui.format("error.key.copies", 99));
            return;
        }
        boolean sealed = adding.sealedProperty().get();
        String note = adding.noteProperty().get();
        change(progress -> {
            var opens = services.cabinets().opens(typed)
                    .orElseThrow(() -> new UserFacingException("error.key.opensUnknown", typed));
            return services.cabinets().addKey(actor, new NewKey(opens, shown.id(), number, copies, sealed, note));
        }, key -> {
            adding.clear();
            return ui.format("keys.added", key.number(), key.opens().name(), key.hook().map(Object::toString).orElse(""));
        });
    }

    /** 新增钥匙柜: a cabinet with its numbered hooks, shown at once. */
    public void addCabinet(String code, String name, String hooks) {
        int count;
        try {
            count = Integer.parseInt(hooks == null ? "" : hooks.trim());
        } catch (NumberFormatException e) {
            form.showText(ui.format("error.cabinet.hooks", 999));
            return;
        }
        change(progress -> services.cabinets().addCabinet(actor, code, name, "", count), added -> {
            cabinet.set(cabinets.stream().filter(candidate -> candidate.id() == added.id()).findFirst().orElse(null));
            return ui.format("keys.cabinetAdded", added.code(), added.hookCount());
        });
    }

    /** 钥匙借用单 of the chosen key's current loan. */
    public void printSlip(Window owner) {
        CabinetKey key = chosen.get();
        if (key == null || key.loan().isEmpty()) {
            return;
        }
        KeyLoan loan = key.loan().get();
        printing.preview(owner, ui.format("keys.slipTitle", key.number()),
                stamp -> KeyLendingSlip.of(key, loan, stamp, stamp.messages(), ui.clock().getZone()));
    }

    /** Runs a change, reloads the cabinet and shows the sentence made from the result, keeping the hook chosen. */
    private <V> void change(Work<V> work, java.util.function.Function<V, String> done) {
        form.run(progress -> {
            V result = work.call(progress);
            return new Changed<>(result, new Loaded(services.lookup().cabinets(), services.lookup().held(actor)));
        }, changed -> {
            show(changed.loaded());
            form.showText(done.apply(changed.result()));
        });
    }

    String time(Instant instant) {
        return instant.atZone(ui.clock().getZone()).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    public Instant now() {
        return ui.clock().instant();
    }

    public boolean mayLend() {
        return actor.may(Permission.LEND_KEYS);
    }

    public boolean mayManage() {
        return actor.may(Permission.MANAGE_KEYS);
    }

    /** Keys out now, the longest overdue first: the 借出登记 list. */
    public List<CabinetKey> out() {
        return keys.stream().filter(key -> key.state() == KeyState.LENT)
                .sorted(java.util.Comparator.comparing(key -> key.loan().orElseThrow().due())).toList();
    }

    public ObservableList<Cabinet> cabinets() {
        return cabinets;
    }

    public ObservableList<CabinetKey> keys() {
        return keys;
    }

    public ObjectProperty<Cabinet> cabinetProperty() {
        return cabinet;
    }

    public ObjectProperty<Integer> hookProperty() {
        return hook;
    }

    public ObjectProperty<CabinetKey> chosenProperty() {
        return chosen;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty lostNoteProperty() {
        return lostNote;
    }

    public AddKeyModel adding() {
        return adding;
    }

    public LendFormModel lending() {
        return lending;
    }

    public UiContext ui() {
        return ui;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }

    private record Loaded(List<Cabinet> cabinets, List<CabinetKey> keys) {
    }

    private record Changed<V>(V result, Loaded loaded) {
    }
}
