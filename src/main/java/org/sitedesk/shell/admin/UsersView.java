package org.sitedesk.shell.admin;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.sitedesk.core.users.Role;
import org.sitedesk.core.users.User;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.Tables;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.print.ui.TableRegister;
import org.sitedesk.ui.UiContext;

/** 用户管理: the users on the left, the selected (or new) user's form on the right. */
public final class UsersView extends BorderPane {
    private static final DateTimeFormatter SIGN_IN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public UsersView(UsersViewModel model, UiContext ui, PrintPreviews previews) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.users"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        Button create = new Button(ui.text("users.new"), new FontIcon(MaterialDesignA.ACCOUNT_PLUS_OUTLINE));
        create.setId("newUserButton");
        create.setOnAction(event -> model.startNew());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        TableView<User> table = new TableView<>(model.users());
        HBox top = new HBox(12, title, spacer, TableRegister.button(table, ui.text("nav.users"), () -> "", previews, ui), create);
        top.setAlignment(Pos.TOP_LEFT);
        setTop(top);

        table.setId("usersTable");
        table.getColumns().add(Tables.textColumn(ui.text("user.username"), 120, User::username));
        table.getColumns().add(Tables.textColumn(ui.text("user.displayName"), 140, User::displayName));
        table.getColumns().add(Tables.textColumn(ui.text("user.role"), 110, user -> ui.messages().get(user.role())));
        table.getColumns().add(Tables.textColumn(ui.text("users.status"), 150, model::statusOf));
        table.getColumns().add(Tables.textColumn(ui.text("users.lastSignIn"), 140, user -> user.lastSignInAt()
                .map(time -> time.atZoneSameInstant(ui.clock().getZone()).format(SIGN_IN_TIME)).orElse("")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(table, ui.text("table.empty"));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, user) -> {
            if (user != null) {
                model.selectedProperty().set(user);
            }
        });
        model.selectedProperty().addListener((observable, old, user) -> {
            if (user == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != user) {
                table.getSelectionModel().select(user);
            }
        });

        SplitPane split = new SplitPane(table, form(model, ui));
        split.setDividerPositions(0.6);
        setCenter(split);
        model.load();
    }

    private VBox form(UsersViewModel model, UiContext ui) {
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(Bindings.when(model.creatingProperty())
                .then(ui.text("users.form.new")).otherwise(ui.text("users.form.edit")));

        TextField username = new TextField();
        username.setId("userUsername");
        username.textProperty().bindBidirectional(model.usernameProperty());
        username.editableProperty().bind(model.creatingProperty());
        TextField displayName = new TextField();
        displayName.setId("userDisplayName");
        displayName.textProperty().bindBidirectional(model.displayNameProperty());
        ComboBox<Role> role = new ComboBox<>();
        role.setId("userRole");
        role.getItems().setAll(model.roles());
        role.setConverter(new LocalizedConverter<>(ui.messages()));
        role.valueProperty().bindBidirectional(model.roleProperty());
        role.setMaxWidth(Double.MAX_VALUE);
        PasswordField password = new PasswordField();
        password.setId("userPassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        PasswordField confirmation = new PasswordField();
        confirmation.setId("userPasswordConfirmation");
        confirmation.textProperty().bindBidirectional(model.confirmationProperty());

        Label passwordHint = new Label();
        passwordHint.setWrapText(true);
        passwordHint.getStyleClass().add(Styles.TEXT_MUTED);
        passwordHint.textProperty().bind(Bindings.when(model.creatingProperty())
                .then(ui.text("users.hint.newPassword")).otherwise(ui.text("users.hint.resetPassword")));

        Label message = new Label();
        message.setId("usersMessage");
        message.setWrapText(true);
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());

        Button save = new Button(ui.text("button.save"));
        save.setId("saveUserButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> model.save());
        Button toggle = new Button();
        toggle.setId("toggleActiveButton");
        toggle.textProperty().bind(Bindings.createStringBinding(
                () -> model.selectedProperty().get() != null && !model.selectedProperty().get().active()
                        ? ui.text("users.reactivate") : ui.text("users.deactivate"),
                model.selectedProperty()));
        toggle.disableProperty().bind(model.creatingProperty());
        toggle.setOnAction(event -> model.toggleActive());
        Button reset = new Button(ui.text("users.resetPassword"));
        reset.setId("resetPasswordButton");
        reset.disableProperty().bind(model.creatingProperty());
        reset.setOnAction(event -> model.resetPassword());
        HBox buttons = new HBox(8, save, toggle, reset);
        buttons.disableProperty().bind(model.busyProperty());

        FormGrid fields = new FormGrid()
                .row(ui.text("user.username"), username)
                .row(ui.text("user.displayName"), displayName)
                .row(ui.text("user.role"), role)
                .row(ui.text("user.password"), password)
                .row(ui.text("user.passwordConfirmation"), confirmation)
                .full(passwordHint);
        VBox form = new VBox(12, heading, fields, buttons, message);
        form.getStyleClass().add("side-form");
        return form;
    }
}
