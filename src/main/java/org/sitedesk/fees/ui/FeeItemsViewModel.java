package org.sitedesk.fees.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
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
import org.sitedesk.estate.UnitType;
import org.sitedesk.fees.FeeBasis;
import org.sitedesk.fees.FeeBoard;
import org.sitedesk.fees.FeeItem;
import org.sitedesk.fees.FeeItemDraft;
import org.sitedesk.fees.FeeItemService;
import org.sitedesk.fees.FeeSettings;
import org.sitedesk.fees.FeeSettingsService;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 收费项目与设置: the items with their rate periods; a new item, a new rate from a month, an item
 * ended; the fee rules (due day, late fees, allocation order, prepayment cap); the fee board.
 */
public final class FeeItemsViewModel {
    private final ObservableList<FeeItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<FeeItem> selected = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<FeeBasis> basis = new SimpleObjectProperty<>(FeeBasis.AREA);
    private final StringProperty rate = new SimpleStringProperty("");
    private final StringProperty month = new SimpleStringProperty("");
    private final Set<UnitType> types = EnumSet.of(UnitType.RESIDENTIAL);
    private final StringProperty dueDay = new SimpleStringProperty("");
    private final BooleanProperty lateFeeOn = new SimpleBooleanProperty(false);
    private final StringProperty lateFeeRate = new SimpleStringProperty("");
    private final StringProperty graceDays = new SimpleStringProperty("");
    private final StringProperty capPercent = new SimpleStringProperty("");
    private final BooleanProperty principalFirst = new SimpleBooleanProperty(false);
    private final StringProperty prepaymentMonths = new SimpleStringProperty("");
    private final FormState form;
    private final FeeItemService service;
    private final FeeSettingsService settings;
    private final PrintPreviews printing;
    private final Actor actor;
    private final UiContext ui;

    public FeeItemsViewModel(FeeItemService service, FeeSettingsService settings, PrintPreviews printing, Actor actor, UiContext ui) {
        this.service = service;
        this.settings = settings;
        this.printing = printing;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        month.set(YearMonth.now(ui.clock()).plusMonths(1).toString());
    }

    public void load() {
        reload("");
    }

    /** Loads again, then shows {@code message} (loading clears the message line). */
    private void reload(String message) {
        form.run(progress -> new Loaded(service.all(), settings.load()), loaded -> {
            items.setAll(loaded.items());
            FeeSettings rules = loaded.settings();
            dueDay.set(Integer.toString(rules.dueDay()));
            lateFeeOn.set(rules.lateFeeEnabled());
            lateFeeRate.set(rules.lateFeeDailyPerMille().stripTrailingZeros().toPlainString());
            graceDays.set(Integer.toString(rules.lateFeeGraceDays()));
            capPercent.set(rules.lateFeeCapRatio().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString());
            principalFirst.set(rules.principalFirst());
            prepaymentMonths.set(Integer.toString(rules.prepaymentCapMonths()));
            form.showText(message);
        });
    }

    public boolean mayEdit() {
        return actor.may(Permission.MANAGE_FEES);
    }

    public void create() {
        parsed().ifPresent(start -> number(rate.get(), "feeItems.rate").ifPresent(value -> {
            FeeItemDraft draft = new FeeItemDraft(code.get(), name.get(), basis.get(), value, Set.copyOf(types), start);
            form.run(progress -> service.create(actor, draft),
                    created -> reload(ui.format("feeItems.created", created.code(), created.validFrom())));
        }));
    }

    public void changeRate() {
        FeeItem chosen = selected.get();
        if (chosen == null) {
            form.showMessage("feeItems.chooseOne");
            return;
        }
        parsed().ifPresent(start -> number(rate.get(), "feeItems.rate").ifPresent(value ->
                form.run(progress -> service.changeRate(actor, chosen.code(), value, start), changed ->
                        reload(ui.format("feeItems.rateChanged", changed.code(), changed.rate().toPlainString(), start)))));
    }

    public void end() {
        FeeItem chosen = selected.get();
        if (chosen == null) {
            form.showMessage("feeItems.chooseOne");
            return;
        }
        parsed().ifPresent(start -> form.run(progress -> service.end(actor, chosen.code(), start.minusMonths(1)),
                ended -> reload(ui.format("feeItems.ended", ended.code(), start.minusMonths(1)))));
    }

    public void saveSettings() {
        try {
            FeeSettings wanted = new FeeSettings(integer(dueDay.get(), "feeSettings.dueDay"), lateFeeOn.get(),
                    number(lateFeeRate.get(), "feeSettings.lateFeeRate").orElseThrow(),
                    integer(graceDays.get(), "feeSettings.graceDays"),
                    number(capPercent.get(), "feeSettings.cap").orElseThrow().movePointLeft(2),
                    principalFirst.get(), integer(prepaymentMonths.get(), "feeSettings.prepaymentMonths"));
            form.run(progress -> settings.save(actor, wanted), saved -> form.showMessage("feeSettings.saved"));
        } catch (java.util.NoSuchElementException | UserFacingException e) {
            if (e instanceof UserFacingException refused) {
                form.showText(ui.explain(refused));
            }
        }
    }

    public void printBoard(Window owner) {
        LocalDate today = LocalDate.now(ui.clock());
        form.run(progress -> new Loaded(service.all(), settings.load()), loaded -> printing.preview(owner,
                ui.text("print.feeBoard.title"), stamp -> FeeBoard.of(loaded.items(), today, loaded.settings(), stamp,
                        stamp.messages())));
    }

    private Optional<YearMonth> parsed() {
        try {
            return Optional.of(YearMonth.parse(month.get().trim()));
        } catch (DateTimeParseException e) {
            form.showText(ui.format("cli.bill.periodForm", month.get()));
            return Optional.empty();
        }
    }

    private Optional<BigDecimal> number(String text, String field) {
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            form.showText(ui.format("feeItems.numberForm", ui.text(field), text));
            return Optional.empty();
        }
    }

    private int integer(String text, String field) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new UserFacingException("feeItems.numberForm", (org.sitedesk.core.i18n.Localizable) () -> field, text);
        }
    }

    public void setType(UnitType type, boolean chosen) {
        if (chosen) {
            types.add(type);
        } else {
            types.remove(type);
        }
    }

    public boolean hasType(UnitType type) {
        return types.contains(type);
    }

    public String appliesTo(FeeItem item) {
        return item.appliesTo().stream().sorted().map(type -> ui.messages().get(type)).reduce((a, b) -> a + "、" + b).orElse("");
    }

    public ObservableList<FeeItem> items() {
        return items;
    }

    public ObjectProperty<FeeItem> selectedProperty() {
        return selected;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<FeeBasis> basisProperty() {
        return basis;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public StringProperty monthProperty() {
        return month;
    }

    public StringProperty dueDayProperty() {
        return dueDay;
    }

    public BooleanProperty lateFeeOnProperty() {
        return lateFeeOn;
    }

    public StringProperty lateFeeRateProperty() {
        return lateFeeRate;
    }

    public StringProperty graceDaysProperty() {
        return graceDays;
    }

    public StringProperty capPercentProperty() {
        return capPercent;
    }

    public BooleanProperty principalFirstProperty() {
        return principalFirst;
    }

    public StringProperty prepaymentMonthsProperty() {
        return prepaymentMonths;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }

    private record Loaded(java.util.List<FeeItem> items, FeeSettings settings) {
    }
}
