package org.sitedesk.repair.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.sitedesk.core.users.Actor;
import org.sitedesk.print.RegisterColumn;
import org.sitedesk.print.RegisterPrintout;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.repair.FigureRow;
import org.sitedesk.repair.MonthFigures;
import org.sitedesk.repair.Rate;
import org.sitedesk.repair.ServiceFigures;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/** 服务统计: a month's figures per engineer and per category with the estate's line, misses marked, printable. */
public final class ServiceFiguresViewModel {
    private final ObservableList<FigureLine> engineers = FXCollections.observableArrayList();
    private final ObservableList<FigureLine> categories = FXCollections.observableArrayList();
    private final ObjectProperty<MonthFigures> shown = new SimpleObjectProperty<>();
    private final MonthChoice month;
    private final FormState form;
    private final ServiceFigures figures;
    private final PrintPreviews printing;
    private final Actor actor;
    private final UiContext ui;

    public ServiceFiguresViewModel(ServiceFigures figures, PrintPreviews printing, Actor actor, UiContext ui) {
        this.figures = figures;
        this.printing = printing;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        this.month = new MonthChoice(YearMonth.now(ui.clock()));
    }

    /** Loads the month typed, in the background. */
    public void show() {
        YearMonth wanted = month.month().orElse(null);
        if (wanted == null) {
            form.showText(ui.format("cli.bill.periodForm", month.textProperty().get()));
            return;
        }
        form.run(progress -> figures.month(actor, wanted), this::showFigures);
    }

    private void showFigures(MonthFigures loaded) {
        engineers.setAll(loaded.engineers().stream().map(row -> line(loaded, row, row.name(), false)).toList());
        List<FigureLine> byCategory = new ArrayList<>(loaded.categories().stream()
                .map(row -> line(loaded, row, row.name(), false)).toList());
        byCategory.add(line(loaded, loaded.estate(), ui.text("figures.estate"), true));
        categories.setAll(byCategory);
        shown.set(loaded);
    }

    private FigureLine line(MonthFigures month, FigureRow row, String name, boolean estate) {
        return new FigureLine(name, Integer.toString(row.requests()), cell(row.onTimeArrival(), false),
                cell(row.onTimeCompletion(), false), cell(row.rework(), month.reworkMissed(row)),
                cell(row.returnVisits(), false), cell(row.satisfaction(), month.satisfactionMissed(row)),
                cell(row.sameDayReplies(), false), estate);
    }

    private FigureCell cell(Rate rate, boolean missed) {
        String text = rate.percent().map(percent -> percent.toPlainString() + "%").orElse(ui.text("figures.none"));
        return new FigureCell(missed ? ui.format("figures.missed", text) : text, missed);
    }

    /** The column titles; rework and satisfaction carry their targets once a month is shown. */
    public List<String> columnTitles(String nameTitle) {
        MonthFigures loaded = shown.get();
        String rework = loaded == null ? ui.text("figures.column.rework")
                : ui.format("figures.column.reworkTarget", loaded.targets().reworkPercent());
        String satisfaction = loaded == null ? ui.text("figures.column.satisfaction")
                : ui.format("figures.column.satisfactionTarget", loaded.targets().satisfactionPercent());
        return List.of(nameTitle, ui.text("figures.column.requests"), ui.text("figures.column.arrival"),
                ui.text("figures.column.completion"), rework, ui.text("figures.column.returnVisits"), satisfaction,
                ui.text("figures.column.sameDay"));
    }

    /** The month shown on the list printout: engineers, then categories and the estate, under one set of columns. */
    public void print(Window owner) {
        MonthFigures loaded = shown.get();
        if (loaded == null) {
            return;
        }
        String title = ui.format("figures.printTitle", loaded.month().toString());
        List<String> titles = columnTitles(ui.text("figures.column.name"));
        List<RegisterColumn> columns = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            columns.add(new RegisterColumn(titles.get(i), FigureLine.COLUMN_WIDTHS.get(i)));
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(ui.text("figures.byEngineer")));
        engineers.forEach(line -> rows.add(line.cells()));
        rows.add(List.of(ui.text("figures.byCategory")));
        categories.forEach(line -> rows.add(line.cells()));
        String subtitle = ui.text("figures.printNote");
        Locale locale = ui.messages().language().locale();
        printing.preview(owner, title, stamp -> RegisterPrintout.of(title, subtitle, columns, rows, stamp, locale));
    }

    public ObservableList<FigureLine> engineers() {
        return engineers;
    }

    public ObservableList<FigureLine> categories() {
        return categories;
    }

    public ObjectProperty<MonthFigures> shownProperty() {
        return shown;
    }

    public MonthChoice month() {
        return month;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }
}
