package org.sitedesk.lostfound.ui;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.sitedesk.lostfound.FinderKind;
import org.sitedesk.lostfound.ItemCategory;
import org.sitedesk.lostfound.ValueClass;
import org.sitedesk.ui.FormFields;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.NamedConverter;
import org.sitedesk.ui.UiContext;

/** 拾得物登记 tab; Ctrl+Enter saves from anywhere in the form. */
public final class FoundItemFormView extends BorderPane {
    private final TextField description;

    public FoundItemFormView(FoundItemFormViewModel model, UiContext ui) {
        setPadding(new Insets(12, 0, 0, 0));

        description = FormFields.text("foundWhat", 30, model.descriptionProperty());
        description.setPromptText(ui.text("lostFound.form.whatPrompt"));
        TextField secret = FormFields.text("foundPrivate", 36, model.privateDetailProperty());
        secret.setPromptText(ui.text("lostFound.form.privatePrompt"));
        ComboBox<ItemCategory> category = new ComboBox<>(model.categories());
        category.setId("foundCategory");
        category.setPromptText(ui.text("lostFound.form.categoryPrompt"));
        category.setConverter(NamedConverter.of(ItemCategory::name));
        category.valueProperty().bindBidirectional(model.categoryProperty());
        category.setVisibleRowCount(10);
        ChoiceBox<ValueClass> value = new ChoiceBox<>();
        value.setId("foundValue");
        value.getItems().setAll(ValueClass.values());
        value.setConverter(new LocalizedConverter<>(ui.messages()));
        value.valueProperty().bindBidirectional(model.valueClassProperty());
        HBox kind = new HBox(8, category, new Label(ui.text("lostFound.form.value")), value);
        kind.setAlignment(Pos.CENTER_LEFT);

        TextField at = FormFields.text("foundAt", 14, model.foundAtProperty());
        at.setPromptText("yyyy-MM-dd HH:mm");
        HBox where = new HBox(8, FormFields.text("foundPlace", 20, model.placeProperty()),
                new Label(ui.text("lostFound.form.at")), at);
        where.setAlignment(Pos.CENTER_LEFT);

        ChoiceBox<FinderKind> finderKind = new ChoiceBox<>();
        finderKind.setId("foundFinderKind");
        finderKind.getItems().setAll(FinderKind.values());
        finderKind.setConverter(new LocalizedConverter<>(ui.messages()));
        finderKind.valueProperty().bindBidirectional(model.finderKindProperty());
        HBox finder = new HBox(8, FormFields.text("foundFinder", 10, model.finderProperty()), finderKind,
                new Label(ui.text("print.claim.phone")), FormFields.text("foundFinderPhone", 12, model.finderPhoneProperty()));
        finder.setAlignment(Pos.CENTER_LEFT);

        TextField cash = FormFields.text("foundCash", 8, model.cashProperty());
        cash.setPromptText("0.00");
        TextField witness = FormFields.text("foundWitness", 10, model.witnessProperty());
        Label witnessHint = new Label();
        witnessHint.getStyleClass().add(Styles.TEXT_MUTED);
        witnessHint.textProperty().bind(Bindings.createStringBinding(() -> model.needsWitness()
                ? ui.text("lostFound.form.witnessNeeded") : "", model.cashProperty(), model.valueClassProperty()));
        HBox counted = new HBox(8, cash, new Label(ui.text("lostFound.form.witness")), witness, witnessHint);
        counted.setAlignment(Pos.CENTER_LEFT);

        Label photoName = new Label();
        photoName.setId("foundPhotoName");
        photoName.textProperty().bind(Bindings.createStringBinding(() -> model.photoProperty().get() == null
                ? ui.text("lostFound.form.noPhoto") : model.photoProperty().get().getFileName().toString(), model.photoProperty()));
        Button choosePhoto = new Button(ui.text("lostFound.form.choosePhoto"));
        choosePhoto.setId("foundChoosePhoto");
        choosePhoto.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.text("lostFound.form.photoFiles"),
                    "*.jpg", "*.jpeg", "*.png", "*.pdf", "*.JPG", "*.JPEG", "*.PNG", "*.PDF"));
            File chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                model.photoProperty().set(chosen.toPath());
            }
        });
        HBox photo = new HBox(8, choosePhoto, photoName);
        photo.setAlignment(Pos.CENTER_LEFT);

        Button save = new Button(ui.text("lostFound.form.save"));
        save.setId("saveFoundItem");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> model.save());
        HBox buttons = new HBox(8, save, new Label(ui.text("lostFound.form.keys")));
        buttons.setAlignment(Pos.CENTER_LEFT);

        FormGrid grid = new FormGrid()
                .row(ui.text("lostFound.form.what"), description)
                .row(ui.text("lostFound.detail.private"), secret)
                .full(FormFields.muted(ui, "lostFound.form.privateHint"))
                .row(ui.text("lostFound.column.category"), kind)
                .row(ui.text("lostFound.form.where"), where)
                .row(ui.text("lostFound.column.finder"), finder)
                .row(ui.text("lostFound.column.storage"), FormFields.text("foundStorage", 16, model.storageProperty()))
                .row(ui.text("lostFound.detail.cash"), counted)
                .row(ui.text("lostFound.form.photo"), photo)
                .full(buttons)
                .full(FormFields.message("foundMessage", model.messageProperty()));
        setCenter(new VBox(10, grid));
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(event)) {
                event.consume();
                model.save();
            }
        });
    }

    /** Where the clerk starts typing: what was found. */
    public void focus() {
        javafx.application.Platform.runLater(description::requestFocus);
    }
}
