package org.sitedesk.lostfound.ui;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.lostfound.FinderKind;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.FoundItemDraft;
import org.sitedesk.lostfound.ItemCategory;
import org.sitedesk.lostfound.LostFoundServices;
import org.sitedesk.lostfound.ValueClass;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 拾得物登记: the form a clerk fills as the item is brought in. The time found starts at now; cash
 * (yuan, two decimals) and valuables ask for the witness the service requires. Saved, the register
 * opens with the new item chosen and the lost reports it may answer beside it.
 */
public final class FoundItemFormViewModel {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty privateDetail = new SimpleStringProperty("");
    private final ObjectProperty<ItemCategory> category = new SimpleObjectProperty<>();
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty foundAt = new SimpleStringProperty("");
    private final StringProperty finder = new SimpleStringProperty("");
    private final StringProperty finderPhone = new SimpleStringProperty("");
    private final ObjectProperty<FinderKind> finderKind = new SimpleObjectProperty<>(FinderKind.RESIDENT);
    private final StringProperty storage = new SimpleStringProperty("");
    private final ObjectProperty<ValueClass> valueClass = new SimpleObjectProperty<>(ValueClass.ORDINARY);
    private final StringProperty cash = new SimpleStringProperty("");
    private final StringProperty witness = new SimpleStringProperty("");
    private final ObjectProperty<Path> photo = new SimpleObjectProperty<>();
    private final ObservableList<ItemCategory> categories = FXCollections.observableArrayList();
    private final FormState form;
    private final LostFoundServices lostFound;
    private final Actor actor;
    private final UiContext ui;
    private final Consumer<FoundItem> saved;

    public FoundItemFormViewModel(LostFoundServices lostFound, Actor actor, UiContext ui, Consumer<FoundItem> saved) {
        this.lostFound = lostFound;
        this.actor = actor;
        this.ui = ui;
        this.saved = saved;
        this.form = new FormState(ui);
        foundAt.set(LocalDateTime.now(ui.clock()).format(TIME));
    }

    /** Loads the categories in use. */
    public void open() {
        form.run(progress -> lostFound.settings().categories().stream().filter(ItemCategory::active).toList(),
                categories::setAll);
    }

    public void save() {
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(foundAt.get().trim(), TIME);
        } catch (DateTimeParseException e) {
            form.showMessage("lostFound.form.timeFormat");
            return;
        }
        Optional<Money> amount;
        try {
            amount = cash.get().isBlank() ? Optional.empty() : Optional.of(Money.of(new BigDecimal(cash.get().trim())));
        } catch (ArithmeticException | NumberFormatException e) {
            form.showText(ui.format("cli.lost.amountForm", cash.get().trim()));
            return;
        }
        if (category.get() == null) {
            form.showMessage("error.lost.categoryRequired");
            return;
        }
        FoundItemDraft draft = new FoundItemDraft(description.get(), privateDetail.get(), category.get().code(), place.get(),
                at, finder.get(), finderPhone.get(), finderKind.get(), storage.get(), valueClass.get(), amount, witness.get(),
                Optional.ofNullable(photo.get()));
        form.run(progress -> lostFound.intake().log(actor, draft), logged -> {
            form.showText(ui.format("lostFound.form.saved", logged.number()));
            saved.accept(logged);
        });
    }

    /** Cash or a valuable is counted before a witness: the form says so beside the witness field. */
    public boolean needsWitness() {
        return !cash.get().isBlank() || valueClass.get() == ValueClass.VALUABLE;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty privateDetailProperty() {
        return privateDetail;
    }

    public ObjectProperty<ItemCategory> categoryProperty() {
        return category;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty foundAtProperty() {
        return foundAt;
    }

    public StringProperty finderProperty() {
        return finder;
    }

    public StringProperty finderPhoneProperty() {
        return finderPhone;
    }

    public ObjectProperty<FinderKind> finderKindProperty() {
        return finderKind;
    }

    public StringProperty storageProperty() {
        return storage;
    }

    public ObjectProperty<ValueClass> valueClassProperty() {
        return valueClass;
    }

    public StringProperty cashProperty() {
        return cash;
    }

    public StringProperty witnessProperty() {
        return witness;
    }

    public ObjectProperty<Path> photoProperty() {
        return photo;
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
