package org.sitedesk.shell.admin;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.UiContext;

/** The settings screen's 数据库服务器 part: the server address and password this counter starts on. */
public final class DatabaseServerPane extends VBox {
    public DatabaseServerPane(DatabaseServerViewModel model, UiContext ui) {
        super(10);
        Label heading = new Label(ui.text("settings.server.section"));
        heading.getStyleClass().add(Styles.TITLE_4);
        TextField url = new TextField();
        url.setId("serverUrl");
        url.setPromptText("jdbc:postgresql://192.168.1.10:5432/sitedesk?user=sitedesk");
        url.textProperty().bindBidirectional(model.urlProperty());
        PasswordField password = new PasswordField();
        password.setId("serverPassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        Label hint = new Label(ui.text("settings.server.hint"));
        hint.setWrapText(true);
        // a wrapped label keeps its lines even when the page is short of height
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button tryIt = new Button(ui.text("settings.server.try"));
        tryIt.setId("tryServerButton");
        tryIt.setOnAction(event -> model.tryConnection());
        Button save = new Button(ui.text("settings.server.save"));
        save.setId("saveServerButton");
        save.setOnAction(event -> model.save());
        boolean allowed = model.mayChange();
        url.setEditable(allowed);
        password.setDisable(!allowed);
        save.disableProperty().bind(model.busyProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(() -> !allowed)));
        tryIt.disableProperty().bind(model.busyProperty());
        Label message = new Label();
        message.setId("serverMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());
        FormGrid form = new FormGrid()
                .row(ui.text("settings.server.url"), url)
                .row(ui.text("settings.server.password"), password);
        form.setMaxWidth(560);
        hint.setMaxWidth(560);
        message.setMaxWidth(560);
        getChildren().addAll(heading, form, hint, new HBox(8, tryIt, save), message);
    }
}
