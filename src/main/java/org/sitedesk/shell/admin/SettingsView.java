package org.sitedesk.shell.admin;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitedesk.core.AppVersion;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.UiContext;

/** 设置 screen. */
public final class SettingsView extends VBox {
    public SettingsView(SettingsViewModel model, UiContext ui, String databaseName, Node serverSection, Node printSection) {
        super(14);
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.settings"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");

        TextField siteName = new TextField();
        siteName.setId("siteName");
        siteName.textProperty().bindBidirectional(model.siteNameProperty());
        siteName.setEditable(model.maySiteBeEdited());
        TextField servicePhone = new TextField();
        servicePhone.setId("servicePhone");
        servicePhone.textProperty().bindBidirectional(model.servicePhoneProperty());
        servicePhone.setEditable(model.maySiteBeEdited());
        ComboBox<Language> printoutLanguage = new ComboBox<>();
        printoutLanguage.setId("printoutLanguage");
        printoutLanguage.getItems().setAll(model.languages());
        printoutLanguage.setConverter(new LocalizedConverter<>(ui.messages()));
        printoutLanguage.valueProperty().bindBidirectional(model.printoutLanguageProperty());
        printoutLanguage.setDisable(!model.maySiteBeEdited());
        ComboBox<Language> language = new ComboBox<>();
        language.setId("language");
        language.getItems().setAll(model.languages());
        language.setConverter(new LocalizedConverter<>(ui.messages()));
        language.valueProperty().bindBidirectional(model.languageProperty());

        Label site = new Label(ui.text("settings.section.site"));
        site.getStyleClass().add(Styles.TITLE_4);
        FormGrid siteForm = new FormGrid()
                .row(ui.text("settings.siteName"), siteName)
                .row(ui.text("settings.servicePhone"), servicePhone)
                .row(ui.text("settings.printoutLanguage"), printoutLanguage);
        if (!model.maySiteBeEdited()) {
            Label readOnly = new Label(ui.text("settings.siteReadOnly"));
            readOnly.getStyleClass().add(Styles.TEXT_MUTED);
            siteForm.full(readOnly);
        }
        Label terminal = new Label(ui.text("settings.section.terminal"));
        terminal.getStyleClass().add(Styles.TITLE_4);
        FormGrid terminalForm = new FormGrid()
                .row(ui.text("settings.language"), language)
                .row(ui.text("settings.database"), new Label(databaseName))
                .row(ui.text("settings.version"), new Label(AppVersion.current()));

        Button save = new Button(ui.text("button.save"));
        save.setId("saveSettingsButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> model.save());
        Label message = new Label();
        message.setId("settingsMessage");
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());

        siteForm.setMaxWidth(560);
        terminalForm.setMaxWidth(560);
        VBox shared = new VBox(14, site, siteForm, terminal, terminalForm, save, message);
        // this computer's server beside the printing settings, so both columns fit a counter's screen
        getChildren().addAll(title, new HBox(48, shared, new VBox(28, printSection, serverSection)));
        model.load();
    }
}
