package org.sitedesk.repair.ui;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitedesk.repair.Category;
import org.sitedesk.repair.Channel;
import org.sitedesk.repair.CommonArea;
import org.sitedesk.repair.Priority;
import org.sitedesk.repair.RequestType;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.NamedConverter;
import org.sitedesk.ui.UiContext;

/**
 * 报事登记 screen. Keys: Ctrl+Enter saves from anywhere in the form; opened on a household the
 * category has the focus (↓ chooses it), Tab goes to the description.
 */
public final class RequestFormView extends BorderPane {
    private final ComboBox<Category> category = new ComboBox<>();
    private final TextField room = new TextField();

    public RequestFormView(RequestFormViewModel model, UiContext ui, Runnable back) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("requestForm.title"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");

        ChoiceBox<RequestType> type = choice("requestType", RequestType.values(), ui);
        type.valueProperty().bindBidirectional(model.typeProperty());
        ChoiceBox<Channel> channel = choice("requestChannel", Channel.values(), ui);
        channel.valueProperty().bindBidirectional(model.channelProperty());

        ToggleGroup where = new ToggleGroup();
        RadioButton atUnit = new RadioButton(ui.text("requestForm.atUnit"));
        atUnit.setId("atUnit");
        atUnit.setToggleGroup(where);
        atUnit.setSelected(true);
        RadioButton atArea = new RadioButton(ui.text("requestForm.atArea"));
        atArea.setId("atArea");
        atArea.setToggleGroup(where);
        atArea.selectedProperty().bindBidirectional(model.atAreaProperty());
        room.setId("requestRoom");
        room.setPromptText(ui.text("requestForm.roomPrompt"));
        room.setPrefColumnCount(10);
        room.textProperty().bindBidirectional(model.roomProperty());
        room.focusedProperty().addListener((observable, was, now) -> {
            if (!now) {
                model.roomTyped();
            }
        });
        room.setOnAction(event -> model.roomTyped());
        room.disableProperty().bind(atArea.selectedProperty());
        ComboBox<CommonArea> area = new ComboBox<>(model.areas());
        area.setId("requestArea");
        area.setPromptText(ui.text("requestForm.areaPrompt"));
        area.setConverter(NamedConverter.of(CommonArea::name));
        area.valueProperty().bindBidirectional(model.areaProperty());
        area.disableProperty().bind(atArea.selectedProperty().not());
        HBox place = new HBox(8, atUnit, room, atArea, area);
        place.setAlignment(Pos.CENTER_LEFT);

        TextField reporter = Fields.bound("requestReporter", 12, model.reporterProperty());
        TextField phone = Fields.bound("requestPhone", 14, model.phoneProperty());
        HBox caller = new HBox(8, reporter, new Label(ui.text("requestForm.phone")), phone);
        caller.setAlignment(Pos.CENTER_LEFT);

        category.setItems(model.categories());
        category.setId("requestCategory");
        category.setPromptText(ui.text("requestForm.categoryPrompt"));
        category.setConverter(NamedConverter.of(Category::name));
        category.valueProperty().bindBidirectional(model.categoryProperty());
        category.setVisibleRowCount(12);

        TextArea description = new TextArea();
        description.setId("requestDescription");
        description.setPrefRowCount(3);
        description.setPrefColumnCount(40);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(model.descriptionProperty());
        ChoiceBox<Priority> priority = choice("requestPriority", Priority.values(), ui);
        priority.valueProperty().bindBidirectional(model.priorityProperty());
        // Tab leaves the description as it leaves a field, so the form is kept by keyboard alone
        description.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                (event.isShiftDown() ? category : priority).requestFocus();
            }
        });
        TextField appointment = Fields.bound("requestAppointment", 14, model.appointmentProperty());
        appointment.setPromptText(ui.text("requestForm.appointmentPrompt"));
        appointment.disableProperty().bind(priority.valueProperty().isNotEqualTo(Priority.APPOINTMENT));
        CheckBox paid = new CheckBox(ui.text("requestForm.paid"));
        paid.setId("requestPaid");
        paid.selectedProperty().bindBidirectional(model.paidProperty());
        HBox urgency = new HBox(8, priority, new Label(ui.text("requestForm.appointment")), appointment, paid);
        urgency.setAlignment(Pos.CENTER_LEFT);

        CheckBox rework = new CheckBox();
        rework.setId("requestRework");
        rework.textProperty().bind(model.reworkTextProperty());
        rework.selectedProperty().bindBidirectional(model.reworkProperty());
        rework.visibleProperty().bind(model.reworkTextProperty().isNotEmpty());
        rework.managedProperty().bind(rework.visibleProperty());
        rework.setWrapText(true);

        Label message = new Label();
        message.setId("requestMessage");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button save = new Button(ui.text("requestForm.save"));
        save.setId("saveRequestButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> model.save());
        Button cancel = new Button(ui.text("requestForm.toBoard"));
        cancel.setId("requestToBoard");
        cancel.setOnAction(event -> back.run());
        HBox buttons = new HBox(8, save, cancel, new Label(ui.text("requestForm.keys")));
        buttons.setAlignment(Pos.CENTER_LEFT);

        HBox kind = new HBox(8, type, new Label(ui.text("requestForm.channel")), channel);
        kind.setAlignment(Pos.CENTER_LEFT);
        description.setMaxWidth(640);
        FormGrid grid = new FormGrid()
                .row(ui.text("requestForm.type"), kind)
                .row(ui.text("requestForm.place"), place)
                .row(ui.text("requestForm.reporter"), caller)
                .row(ui.text("requestForm.category"), category)
                .row(ui.text("requestForm.description"), description)
                .row(ui.text("requestForm.priority"), urgency)
                .full(rework)
                .full(buttons)
                .full(message);
        setTop(title);
        setCenter(new VBox(10, grid));
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(event)) {
                event.consume();
                model.save();
            }
        });
    }

    /** Where the clerk starts typing: the category when the room is known, otherwise the room. */
    public void focus(boolean unitKnown) {
        Platform.runLater(() -> (unitKnown ? category : room).requestFocus());
    }


    private static <T extends org.sitedesk.core.i18n.Localizable> ChoiceBox<T> choice(String id, T[] values, UiContext ui) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new LocalizedConverter<>(ui.messages()));
        return box;
    }
}
