package org.sitedesk.renovation.ui;

import java.math.BigDecimal;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.renovation.ChecklistDocument;
import org.sitedesk.renovation.FeeRule;
import org.sitedesk.renovation.Prohibition;
import org.sitedesk.renovation.RenovationServices;
import org.sitedesk.renovation.RenovationSettings;
import org.sitedesk.renovation.ScopeItem;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 装修设置: the deposit, the management and debris fees (fixed, or per m² of the unit), the permitted
 * working hours, noisy work on rest days, the acceptance checklist, and the scope items with the
 * prohibition each touches and the document it then needs.
 */
public final class RenovationSettingsViewModel {
    private final StringProperty deposit = new SimpleStringProperty("");
    private final StringProperty management = new SimpleStringProperty("");
    private final BooleanProperty managementPerArea = new SimpleBooleanProperty();
    private final StringProperty debris = new SimpleStringProperty("");
    private final BooleanProperty debrisPerArea = new SimpleBooleanProperty();
    private final StringProperty hours = new SimpleStringProperty("");
    private final BooleanProperty restDays = new SimpleBooleanProperty();
    private final StringProperty checklist = new SimpleStringProperty("");
    private final ObservableList<ScopeItem> items = FXCollections.observableArrayList();
    private final ObservableList<ChecklistDocument> documents = FXCollections.observableArrayList();
    private final StringProperty itemCode = new SimpleStringProperty("");
    private final StringProperty itemName = new SimpleStringProperty("");
    private final ObjectProperty<Prohibition> itemProhibition = new SimpleObjectProperty<>();
    private final ObjectProperty<ChecklistDocument> itemDocument = new SimpleObjectProperty<>();
    private final BooleanProperty itemActive = new SimpleBooleanProperty(true);
    private final FormState form;
    private final RenovationServices renovation;
    private final Actor actor;
    private final UiContext ui;

    public RenovationSettingsViewModel(RenovationServices renovation, Actor actor, UiContext ui) {
        this.renovation = renovation;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
    }

    public void open() {
        form.run(progress -> new Loaded(renovation.settings().load(), renovation.lists().scopeItems(),
                renovation.lists().documents()), loaded -> {
                    show(loaded.settings());
                    items.setAll(loaded.items());
                    documents.setAll(loaded.documents());
                });
    }

    private void show(RenovationSettings settings) {
        deposit.set(settings.deposit().toString());
        management.set(settings.managementFee().rate().toPlainString());
        managementPerArea.set(settings.managementFee().perSquareMetre());
        debris.set(settings.debrisFee().rate().toPlainString());
        debrisPerArea.set(settings.debrisFee().perSquareMetre());
        hours.set(settings.workdayHours());
        restDays.set(settings.noisyWorkOnRestDays());
        checklist.set(String.join("\n", settings.checklistLines()));
    }

    public void save() {
        RenovationSettings wanted;
        try {
            wanted = new RenovationSettings(Money.of(deposit.get().trim()),
                    new FeeRule(managementPerArea.get(), new BigDecimal(management.get().trim())),
                    new FeeRule(debrisPerArea.get(), new BigDecimal(debris.get().trim())), hours.get().trim(), restDays.get(),
                    String.join(",", checklist.get().lines().map(String::trim).filter(line -> !line.isEmpty()).toList()));
        } catch (RuntimeException unreadable) {
            form.showMessage("renovation.error.amount");
            return;
        }
        form.run(progress -> renovation.settings().save(actor, wanted), saved -> {
            show(saved);
            form.showMessage("renovation.settings.saved");
        });
    }

    /** The chosen item into the form, to change it. */
    public void edit(ScopeItem item) {
        if (item == null) {
            return;
        }
        itemCode.set(item.code());
        itemName.set(item.name());
        itemProhibition.set(item.prohibition().orElse(null));
        itemDocument.set(item.requiredDocument().flatMap(code -> documents.stream()
                .filter(document -> document.code().equals(code)).findFirst()).orElse(null));
        itemActive.set(item.active());
    }

    public void saveItem() {
        int order = items.stream().filter(item -> item.code().equals(itemCode.get().trim())).map(ScopeItem::sortOrder)
                .findFirst().orElse(items.stream().mapToInt(ScopeItem::sortOrder).max().orElse(0) + 10);
        ScopeItem wanted = new ScopeItem(itemCode.get().trim(), itemName.get(), Optional.ofNullable(itemProhibition.get()),
                Optional.ofNullable(itemDocument.get()).map(ChecklistDocument::code), order, itemActive.get());
        form.run(progress -> {
            ScopeItem saved = renovation.lists().saveScopeItem(actor, wanted);
            return new Saved(saved, renovation.lists().scopeItems());
        }, saved -> {
            items.setAll(saved.items());
            form.showText(ui.format("renovation.settings.itemSaved", saved.item().name()));
        });
    }

    public StringProperty depositProperty() {
        return deposit;
    }

    public StringProperty managementProperty() {
        return management;
    }

    public BooleanProperty managementPerAreaProperty() {
        return managementPerArea;
    }

    public StringProperty debrisProperty() {
        return debris;
    }

    public BooleanProperty debrisPerAreaProperty() {
        return debrisPerArea;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public BooleanProperty restDaysProperty() {
        return restDays;
    }

    public StringProperty checklistProperty() {
        return checklist;
    }

    public ObservableList<ScopeItem> items() {
        return items;
    }

    public ObservableList<ChecklistDocument> documents() {
        return documents;
    }

    public StringProperty itemCodeProperty() {
        return itemCode;
    }

    public StringProperty itemNameProperty() {
        return itemName;
    }

    public ObjectProperty<Prohibition> itemProhibitionProperty() {
        return itemProhibition;
    }

    public ObjectProperty<ChecklistDocument> itemDocumentProperty() {
        return itemDocument;
    }

    public BooleanProperty itemActiveProperty() {
        return itemActive;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }

    private record Loaded(RenovationSettings settings, java.util.List<ScopeItem> items,
            java.util.List<ChecklistDocument> documents) {
    }

    private record Saved(ScopeItem item, java.util.List<ScopeItem> items) {
    }
}
