package org.sitedesk.repair.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.sitedesk.core.i18n.Messages;
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
        return columnTitles(ui.messages(), nameTitle);
    }

    private List<String> columnTitles(Messages words, String nameTitle) {
        MonthFigures loaded = shown.get();
        String rework = loaded == null ? words.get("figures.column.rework")
                : words.format("figures.column.reworkTarget", loaded.targets().reworkPercent());
        String satisfaction = loaded == null ? words.get("figures.column.satisfaction")
                : words.format("figures.column.satisfactionTarget", loaded.targets().satisfactionPercent());
        return List.of(nameTitle, words.get("figures.column.requests"), words.get("figures.column.arrival"),
                words.get("figures.column.completion"), rework, words.get("figures.column.returnVisits"), satisfaction,
                words.get("figures.column.sameDay"));
    }

    /** The month shown on the list printout: engineers, then categories and the estate, under one set of columns. */
    public void print(Window owner) {
        MonthFigures loaded = shown.get();
        if (loaded == null) {
            return;
        }
        List<List<String>> byEngineer = engineers.stream().map(FigureLine::cells).toList();
        List<List<String>> byCategory = categories.stream().map(FigureLine::cells).toList();
        printing.preview(owner, ui.format("figures.printTitle", loaded.month().toString()), stamp -> {
            Messages words = stamp.messages();
            // the cells were written in the window's words: "none" and the estate's line are put into the printout's
            UnaryOperator<String> reword = ui.messages().rewordingInto(words);
            List<String> titles = columnTitles(words, words.get("figures.column.name"));
            List<RegisterColumn> columns = new ArrayList<>();
            for (int i = 0; i < titles.size(); i++) {
                columns.add(new RegisterColumn(titles.get(i), FigureLine.COLUMN_WIDTHS.get(i)));
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(words.get("figures.byEngineer")));
            byEngineer.forEach(cells -> rows.add(cells.stream().map(reword).toList()));
            rows.add(List.of(words.get("figures.byCategory")));
            byCategory.forEach(cells -> rows.add(cells.stream().map(reword).toList()));
            return RegisterPrintout.of(words.format("figures.printTitle", loaded.month().toString()),
                    words.get("figures.printNote"), columns, rows, stamp, words.language().locale());
        });
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
