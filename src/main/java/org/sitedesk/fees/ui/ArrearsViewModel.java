package org.sitedesk.fees.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.Building;
import org.sitedesk.estate.EstateService;
import org.sitedesk.fees.AgeBucket;
import org.sitedesk.fees.ArrearsRow;
import org.sitedesk.fees.ArrearsService;
import org.sitedesk.fees.DunningNotice;
import org.sitedesk.fees.DunningService;
import org.sitedesk.fees.FeeItem;
import org.sitedesk.fees.FeeItemService;
import org.sitedesk.fees.ReminderWay;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 欠费: units that owe on a day, narrowed by building and fee item, with ageing buckets and totals;
 * notices for one unit or every unit two or more months behind; reminders recorded.
 */
public final class ArrearsViewModel {
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ObjectProperty<String> building = new SimpleObjectProperty<>();
    private final ObjectProperty<String> item = new SimpleObjectProperty<>();
    private final ObservableList<String> buildings = FXCollections.observableArrayList();
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private final ObservableList<ArrearsRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ArrearsRow> selected = new SimpleObjectProperty<>();
    private final StringProperty buckets = new SimpleStringProperty("");
    private final ObjectProperty<ReminderWay> way = new SimpleObjectProperty<>(ReminderWay.PHONE);
    private final StringProperty result = new SimpleStringProperty("");
    private final FormState form;
    private final ArrearsService arrears;
    private final DunningService dunning;
    private final EstateService estate;
    private final FeeItemService feeItems;
    private final PrintPreviews printing;
    private final Actor actor;
    private final UiContext ui;

    public ArrearsViewModel(ArrearsService arrears, DunningService dunning, EstateService estate, FeeItemService feeItems,
            PrintPreviews printing, Actor actor, UiContext ui) {
        this.arrears = arrears;
        this.dunning = dunning;
        this.estate = estate;
        this.feeItems = feeItems;
        this.printing = printing;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        asOf.set(LocalDate.now(ui.clock()));
    }

    public void load() {
        form.run(progress -> new Choices(estate.buildings().stream().map(Building::code).toList(),
                feeItems.all().stream().map(FeeItem::code).distinct().toList()), choices -> {
            buildings.setAll(choices.buildings());
            items.setAll(choices.items());
            search();
        });
    }

    public void search() {
        LocalDate day = asOf.get() == null ? LocalDate.now(ui.clock()) : asOf.get();
        Optional<String> inBuilding = Optional.ofNullable(building.get());
        Optional<String> ofItem = Optional.ofNullable(item.get());
        form.run(progress -> arrears.arrears(actor, day, inBuilding, ofItem), found -> {
            rows.setAll(found);
            buckets.set(summary(found));
        });
    }

    private String summary(List<ArrearsRow> found) {
        Map<AgeBucket, Money> totals = new EnumMap<>(AgeBucket.class);
        Map<AgeBucket, Integer> counts = new EnumMap<>(AgeBucket.class);
        for (ArrearsRow row : found) {
            totals.merge(row.bucket(), row.total(), Money::plus);
            counts.merge(row.bucket(), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder();
        for (AgeBucket bucket : AgeBucket.values()) {
            text.append(ui.format("arrears.bucket", ui.messages().get(bucket), counts.getOrDefault(bucket, 0),
                    totals.getOrDefault(bucket, Money.ZERO).amount().toPlainString())).append("　");
        }
        Money principal = found.stream().map(ArrearsRow::principal).reduce(Money.ZERO, Money::plus);
        Money lateFee = found.stream().map(ArrearsRow::lateFee).reduce(Money.ZERO, Money::plus);
        return text + "\n" + ui.format("arrears.totals", found.size(), principal.amount().toPlainString(),
                lateFee.amount().toPlainString(), principal.plus(lateFee).amount().toPlainString());
    }

    /** 催缴通知单 of the chosen unit. */
    public void printNotice(Window owner) {
        ArrearsRow chosen = selected.get();
        if (chosen == null) {
            form.showMessage("arrears.chooseOne");
            return;
        }
        LocalDate day = asOf.get();
        printing.preview(owner, ui.format("arrears.noticeTitle", chosen.room()),
                stamp -> DunningNotice.of(List.of(chosen), day, stamp, stamp.messages()));
    }

    /** 批量催缴: a notice for every unit listed that is two or more months behind. */
    public void printNotices(Window owner) {
        List<ArrearsRow> behind = rows.stream().filter(row -> row.monthsOwed() >= DunningService.NOTICE_MONTHS).toList();
        if (behind.isEmpty()) {
            form.showMessage("arrears.noneForNotice");
            return;
        }
        LocalDate day = asOf.get();
        printing.preview(owner, ui.format("arrears.noticesTitle", behind.size()),
                stamp -> DunningNotice.of(behind, day, stamp, stamp.messages()));
    }

    public void recordReminder() {
        ArrearsRow chosen = selected.get();
        if (chosen == null) {
            form.showMessage("arrears.chooseOne");
            return;
        }
        ReminderWay how = way.get();
        String what = result.get();
        LocalDate today = LocalDate.now(ui.clock());
        form.run(progress -> dunning.record(actor, chosen.unitId(), today, how, what), reminder -> {
            result.set("");
            form.showText(ui.format("arrears.reminded", chosen.room(), ui.messages().get(reminder.way())));
        });
    }

    public List<ReminderWay> ways() {
        return List.of(ReminderWay.values());
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObjectProperty<String> buildingProperty() {
        return building;
    }

    public ObjectProperty<String> itemProperty() {
        return item;
    }

    public ObservableList<String> buildings() {
        return buildings;
    }

    public ObservableList<String> items() {
        return items;
    }

    public ObservableList<ArrearsRow> rows() {
        return rows;
    }

    public ObjectProperty<ArrearsRow> selectedProperty() {
        return selected;
    }

    public StringProperty bucketsProperty() {
        return buckets;
    }

    public ObjectProperty<ReminderWay> wayProperty() {
        return way;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }

    private record Choices(List<String> buildings, List<String> items) {
    }
}
