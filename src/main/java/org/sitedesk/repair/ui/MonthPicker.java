package org.sitedesk.repair.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.sitedesk.ui.UiContext;

/** 月份 with a month back and on either side and 查询; Enter in the field shows the month typed. */
final class MonthPicker extends HBox {
    MonthPicker(MonthChoice choice, Runnable show, String idPrefix, UiContext ui) {
        super(8);
        TextField field = new TextField();
        field.setId(idPrefix + "Month");
        field.setPrefColumnCount(7);
        field.textProperty().bindBidirectional(choice.textProperty());
        field.setOnAction(event -> show.run());
        Button previous = step(new FontIcon(MaterialDesignC.CHEVRON_LEFT), ui.text("figures.previousMonth"),
                idPrefix + "Previous", () -> {
                    choice.step(-1);
                    show.run();
                });
        Button next = step(new FontIcon(MaterialDesignC.CHEVRON_RIGHT), ui.text("figures.nextMonth"), idPrefix + "Next", () -> {
            choice.step(1);
            show.run();
        });
        Button search = new Button(ui.text("button.search"));
        search.setId(idPrefix + "Show");
        search.setDefaultButton(true);
        search.setOnAction(event -> show.run());
        getChildren().addAll(new Label(ui.text("figures.month")), previous, field, next, search);
        setAlignment(Pos.CENTER_LEFT);
    }

    private static Button step(FontIcon icon, String tip, String id, Runnable action) {
        Button button = new Button(null, icon);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> action.run());
        return button;
    }
}
