package org.sitedesk.print.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitedesk.print.PrintoutType;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.NamedConverter;
import org.sitedesk.ui.UiContext;

/** The settings screen's 打印与套打 section: offsets per printout and the test page. */
public final class PrintOffsetsPane extends VBox {
    public PrintOffsetsPane(PrintOffsetsViewModel model, PrintPreviews previews, UiContext ui) {
        super(10);
        Label heading = new Label(ui.text("settings.section.print"));
        heading.getStyleClass().add(Styles.TITLE_4);
        ComboBox<PrintoutType> printout = new ComboBox<>();
        printout.setId("offsetPrintout");
        printout.getItems().setAll(model.printouts());
        printout.setConverter(NamedConverter.of(type -> ui.format("settings.print.printout", ui.text(type.titleKey()),
                ui.text(type.paper().messageKey()))));
        printout.valueProperty().bindBidirectional(model.printoutProperty());
        TextField horizontal = millimetres("offsetHorizontal", model.horizontalProperty(), model.mayEdit());
        TextField vertical = millimetres("offsetVertical", model.verticalProperty(), model.mayEdit());
        Button save = new Button(ui.text("settings.print.save"));
        save.setId("saveOffsetButton");
        save.setVisible(model.mayEdit());
        save.setManaged(model.mayEdit());
        save.disableProperty().bind(model.busyProperty().or(printout.valueProperty().isNull()));
        save.setOnAction(event -> model.save());
        Button test = new Button(ui.text("settings.print.testPage"));
        test.setId("testPageButton");
        test.disableProperty().bind(model.busyProperty().or(printout.valueProperty().isNull()));
        test.setOnAction(event -> model.testPage(rendered -> previews.open(rendered, getScene().getWindow())));
        Label hint = new Label(ui.text("settings.print.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Label message = new Label();
        message.setId("offsetMessage");
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());
        HBox buttons = new HBox(8, save, test);
        buttons.setAlignment(Pos.CENTER_LEFT);
        FormGrid grid = new FormGrid()
                .row(ui.text("settings.print.printoutLabel"), printout)
                .row(ui.text("print.offset.horizontal"), horizontal)
                .row(ui.text("print.offset.vertical"), vertical);
        grid.full(hint);
        grid.full(buttons);
        grid.full(message);
        grid.setMaxWidth(560);
        getChildren().addAll(heading, grid);
        if (!model.printouts().isEmpty()) {
            printout.setValue(model.printouts().get(0));
        }
    }

    private static TextField millimetres(String id, javafx.beans.property.StringProperty value, boolean editable) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        field.setMaxWidth(120);
        field.setEditable(editable);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
