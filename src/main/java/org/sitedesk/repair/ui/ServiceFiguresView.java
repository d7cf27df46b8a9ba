package org.sitedesk.repair.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.sitedesk.ui.UiContext;

/** 服务统计: the month picker, the figures per engineer and per category with the estate's line, and printing. */
public final class ServiceFiguresView extends BorderPane {
    public ServiceFiguresView(ServiceFiguresViewModel model, UiContext ui) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.repairFigures"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        Button print = new Button(ui.text("print.register.button"), new FontIcon(MaterialDesignP.PRINTER_OUTLINE));
        print.setId("figuresPrint");
        print.disableProperty().bind(model.shownProperty().isNull().or(model.busyProperty()));
        print.setOnAction(event -> model.print(getScene().getWindow()));
        HBox filters = new HBox(8, new MonthPicker(model.month(), model::show, "figures", ui), print);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label(ui.text("figures.note"));
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = new Label();
        message.setId("figuresMessage");
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());
        setTop(new VBox(10, title, filters, note, message));

        FigureTable engineers = new FigureTable("figuresEngineers", model.engineers(), ui);
        FigureTable categories = new FigureTable("figuresCategories", model.categories(), ui);
        Runnable titles = () -> {
            engineers.titles(model.columnTitles(ui.text("figures.column.engineer")));
            categories.titles(model.columnTitles(ui.text("figures.column.category")));
        };
        titles.run();
        model.shownProperty().addListener((observable, old, shown) -> titles.run());
        engineers.fitRows();
        categories.setFixedCellSize(engineers.getFixedCellSize());
        VBox.setVgrow(categories, Priority.ALWAYS);
        setCenter(new VBox(8, heading(ui.text("figures.byEngineer")), engineers, heading(ui.text("figures.byCategory")),
                categories));
        model.show();
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(Styles.TITLE_4);
        return heading;
    }
}
