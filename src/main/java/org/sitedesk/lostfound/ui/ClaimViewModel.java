package org.sitedesk.lostfound.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.IdType;
import org.sitedesk.lostfound.ClaimDraft;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.ItemState;
import org.sitedesk.lostfound.LostFoundServices;
import org.sitedesk.lostfound.LostReport;
import org.sitedesk.lostfound.Match;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 认领 of the chosen item: the claimant's document (a resident ID checked by the service), how they
 * proved it theirs (the clerk sees the private part to check against), what they get back, a cost
 * only noted, and the lost report it answers; the claim receipt opens in the preview once recorded.
 */
public final class ClaimViewModel {
    private final ObjectProperty<FoundItem> item = new SimpleObjectProperty<>();
    private final StringProperty claimant = new SimpleStringProperty("");
    private final ObjectProperty<IdType> idType = new SimpleObjectProperty<>(IdType.RESIDENT_ID);
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty proof = new SimpleStringProperty("");
    private final StringProperty returned = new SimpleStringProperty("");
    private final StringProperty cost = new SimpleStringProperty("");
    private final ObjectProperty<LostReport> report = new SimpleObjectProperty<>();
    private final ObservableList<LostReport> reports = FXCollections.observableArrayList();
    private final StringProperty check = new SimpleStringProperty("");
    private final FormState form;
    private final LostFoundServices lostFound;
    private final ItemPrintouts printouts;
    private final Actor actor;
    private final UiContext ui;
    private final Consumer<String> changed;

    ClaimViewModel(LostFoundServices lostFound, ItemPrintouts printouts, Actor actor, UiContext ui, Consumer<String> changed) {
        this.lostFound = lostFound;
        this.printouts = printouts;
        this.actor = actor;
        this.ui = ui;
        this.changed = changed;
        this.form = new FormState(ui);
    }

    /** A new item chosen: the form empties, and shows what to check the claimant's words against. */
    void choose(FoundItem chosen) {
        item.set(chosen);
        claimant.set("");
        idType.set(IdType.RESIDENT_ID);
        idNumber.set("");
        phone.set("");
        proof.set("");
        returned.set("");
        cost.set("");
        report.set(null);
        reports.clear();
        form.showText("");
        check.set(chosen == null ? "" : ui.format("lostFound.claim.check",
                chosen.privateDetail().isBlank() ? ui.text("print.none") : chosen.privateDetail(),
                chosen.cash().map(cash -> "¥" + cash).orElse(ui.text("print.none"))));
    }

    /** The open lost reports the item may answer, to close with the claim. */
    void offer(List<Match> matches) {
        reports.setAll(matches.stream().map(Match::report).toList());
        if (reports.size() == 1) {
            report.set(reports.get(0));
            if (claimant.get().isBlank()) {
                claimant.set(reports.get(0).reporter());
                phone.set(reports.get(0).phone());
            }
        }
    }

    public void save(Window owner) {
        FoundItem chosen = item.get();
        if (chosen == null || chosen.state() != ItemState.HELD) {
            form.showMessage("lostFound.claim.heldOnly");
            return;
        }
        ClaimDraft draft = new ClaimDraft(claimant.get(), idType.get(), idNumber.get(), phone.get(), proof.get(),
                returned.get(), cost.get(), Optional.ofNullable(report.get()).map(LostReport::id));
        form.run(progress -> lostFound.claims().claim(actor, chosen.number(), draft), claimed -> {
            printouts.claimReceipt(claimed, owner);
            changed.accept(ui.format("lostFound.claim.done", claimed.number(), claimed.claim().orElseThrow().claimant()));
        });
    }

    public ObjectProperty<FoundItem> itemProperty() {
        return item;
    }

    public StringProperty claimantProperty() {
        return claimant;
    }

    public ObjectProperty<IdType> idTypeProperty() {
        return idType;
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty proofProperty() {
        return proof;
    }

    public StringProperty returnedProperty() {
        return returned;
    }

    public StringProperty costProperty() {
        return cost;
    }

    public ObjectProperty<LostReport> reportProperty() {
        return report;
    }

    public ObservableList<LostReport> reports() {
        return reports;
    }

    public StringProperty checkProperty() {
        return check;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }
}
