package org.sitedesk.lostfound.ui;

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
import org.sitedesk.lostfound.LostFoundSettings;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 失物招领设置, for supervisors: the days within which items go to the police, the perishables' short
 * period, and the categories (added, renamed, sent to the police or retired; never deleted).
 */
public final class LostFoundSettingsViewModel {
    private final StringProperty policeDays = new SimpleStringProperty("");
    private final StringProperty perishableDays = new SimpleStringProperty("");
    private final ObservableList<ItemCategory> categories = FXCollections.observableArrayList();
    private final ObjectProperty<ItemCategory> selected = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty order = new SimpleStringProperty("");
    private final BooleanProperty toPolice = new SimpleBooleanProperty(false);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final FormState form;
    private final LostFoundServices lostFound;
    private final Actor actor;
    private final UiContext ui;

    public LostFoundSettingsViewModel(LostFoundServices lostFound, Actor actor, UiContext ui) {
        this.lostFound = lostFound;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        selected.addListener((observable, old, chosen) -> {
            if (chosen != null) {
                code.set(chosen.code());
                name.set(chosen.name());
                order.set(Integer.toString(chosen.sortOrder()));
                toPolice.set(chosen.toPolice());
                active.set(chosen.active());
            }
        });
    }

    public void load() {
        form.run(progress -> new Loaded(lostFound.settings().load(), lostFound.settings().categories()), loaded -> {
            policeDays.set(Integer.toString(loaded.settings().policeDays()));
            perishableDays.set(Integer.toString(loaded.settings().perishableDays()));
            categories.setAll(loaded.categories());
        });
    }

    public void saveSettings() {
        LostFoundSettings wanted;
        try {
            wanted = new LostFoundSettings(Integer.parseInt(policeDays.get().trim()), Integer.parseInt(perishableDays.get().trim()));
        } catch (NumberFormatException e) {
            form.showText(ui.format("error.lost.policeDays", LostFoundSettings.MAX_DAYS));
            return;
        }
        form.run(progress -> lostFound.settings().save(actor, wanted), saved -> form.showMessage("lostFound.settings.saved"));
    }

    /** Empties the category form for a new one. */
    public void newCategory() {
        selected.set(null);
        code.set("");
        name.set("");
        order.set(Integer.toString(categories.size() + 1));
        toPolice.set(false);
        active.set(true);
    }

    public void saveCategory() {
        int sortOrder;
        try {
            sortOrder = Integer.parseInt(order.get().trim());
        } catch (NumberFormatException e) {
            form.showMessage("lostFound.settings.orderFormat");
            return;
        }
        ItemCategory wanted = new ItemCategory(code.get(), name.get(), sortOrder, toPolice.get(), active.get());
        form.run(progress -> {
            lostFound.settings().saveCategory(actor, wanted);
            return lostFound.settings().categories();
        }, found -> {
            categories.setAll(found);
            form.showText(ui.format("lostFound.settings.categorySaved", wanted.name()));
        });
    }

    public StringProperty policeDaysProperty() {
        return policeDays;
    }

    public StringProperty perishableDaysProperty() {
        return perishableDays;
    }

    public ObservableList<ItemCategory> categories() {
        return categories;
    }

    public ObjectProperty<ItemCategory> selectedProperty() {
        return selected;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty orderProperty() {
        return order;
    }

    public BooleanProperty toPoliceProperty() {
        return toPolice;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }

    /** What the background loading hands back. */
    private record Loaded(LostFoundSettings settings, java.util.List<ItemCategory> categories) {
    }
}
