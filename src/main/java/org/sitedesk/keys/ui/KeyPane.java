package org.sitedesk.keys.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitedesk.core.id.PhoneNumber;
import org.sitedesk.keys.CabinetKey;
import org.sitedesk.keys.KeyLoan;
import org.sitedesk.keys.KeyState;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.UiContext;

/**
 * The chosen hook: its key and what the counter can do with it (lend, take back, print the slip, open
 * or close the sealed envelope, record it lost), or, on a free hook, 入柜 for those who set up the cabinet.
 */
final class KeyPane extends VBox {
    private final CabinetViewModel model;
    private final UiContext ui;
    private final FormGrid lendForm;

    KeyPane(CabinetViewModel model, UiContext ui) {
        super(10);
        this.model = model;
        this.ui = ui;
        this.lendForm = LendForm.of(model.lending(), ui);
        setId("keyPane");
        getStyleClass().add("side-form");
        setPrefWidth(360);
        setMinWidth(320);
        model.chosenProperty().addListener((observable, old, key) -> draw());
        model.hookProperty().addListener((observable, old, hook) -> draw());
        draw();
    }

    private void draw() {
        getChildren().clear();
        Integer hook = model.hookProperty().get();
        if (hook == null || model.cabinetProperty().get() == null) {
            getChildren().add(new Label(ui.text("keys.chooseHook")));
            return;
        }
        Label title = new Label(model.cabinetProperty().get().hook(hook).label());
        title.setId("keyPaneTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        getChildren().add(title);
        CabinetKey key = model.chosenProperty().get();
        if (key == null) {
            getChildren().add(model.mayManage() ? addKey() : new Label(ui.text("keys.emptyHook")));
            return;
        }
        getChildren().add(details(key));
        if (!model.mayLend()) {
            return;
        }
        if (key.state() == KeyState.LENT) {
            getChildren().add(new HBox(8, button("returnKeyButton", "keys.return", Styles.ACCENT, model::giveBack),
                    button("printSlipButton", "keys.printSlip", null, () -> model.printSlip(getScene().getWindow()))));
        } else if (key.sealed()) {
            TextField reason = new TextField();
            reason.setId("sealReason");
            reason.setPromptText(ui.text("keys.sealReasonPrompt"));
            reason.textProperty().bindBidirectional(model.reasonProperty());
            getChildren().addAll(new Label(ui.text("keys.sealedHint")), reason,
                    button("openSealButton", "keys.openSeal", Styles.ACCENT, model::openSeal));
        } else {
            getChildren().addAll(lendForm, new HBox(8, button("lendButton", "keys.lend", Styles.ACCENT, model::lend),
                    button("sealButton", "keys.seal", null, model::seal)));
        }
        TextField note = new TextField();
        note.setId("lostNote");
        note.setPromptText(ui.text("keys.lostPrompt"));
        note.textProperty().bindBidirectional(model.lostNoteProperty());
        getChildren().add(new HBox(8, note, button("keyLostButton", "keys.lost", Styles.DANGER, model::reportLost)));
    }

    private Node details(CabinetKey key) {
        VBox lines = new VBox(3);
        lines.setId("keyDetails");
        lines.getChildren().add(bold(ui.format("keys.detail.key", key.number(), key.opens().name(), key.copies())));
        lines.getChildren().add(new Label(ui.messages().get(key.state()) + (key.sealed() ? " · " + ui.text("keys.tileSealed") : "")
                + (key.note().isEmpty() ? "" : " · " + key.note())));
        key.loan().ifPresent(loan -> lines.getChildren().addAll(loanLines(key, loan)));
        return lines;
    }

    private java.util.List<Label> loanLines(CabinetKey key, KeyLoan loan) {
        Label who = new Label(ui.format("keys.detail.borrower", loan.borrower().name(), ui.messages().get(loan.borrower().kind()),
                PhoneNumber.mask(loan.borrower().phone())));
        Label why = new Label(ui.format("keys.detail.purpose", loan.purpose()));
        why.setWrapText(true);
        Label due = new Label(ui.format("keys.detail.due", model.time(loan.lentAt()), model.time(loan.due())));
        due.setId("keyDue");
        if (key.overdue(model.now())) {
            due.setText(due.getText() + " · " + ui.text("keys.overdue"));
            due.getStyleClass().add(Styles.DANGER);
        }
        return java.util.List.of(who, why, due);
    }

    private Node addKey() {
        AddKeyModel adding = model.adding();
        TextField opens = new TextField();
        opens.setId("addKeyOpens");
        opens.setPromptText(ui.text("keys.add.opensPrompt"));
        opens.textProperty().bindBidirectional(adding.opensProperty());
        TextField copies = new TextField();
        copies.setId("addKeyCopies");
        copies.setPrefColumnCount(3);
        copies.textProperty().bindBidirectional(adding.copiesProperty());
        CheckBox sealed = new CheckBox(ui.text("keys.add.sealed"));
        sealed.setId("addKeySealed");
        sealed.selectedProperty().bindBidirectional(adding.sealedProperty());
        TextField note = new TextField();
        note.setId("addKeyNote");
        note.textProperty().bindBidirectional(adding.noteProperty());
        FormGrid form = new FormGrid().row(ui.text("keys.add.opens"), opens).row(ui.text("keys.add.copies"), copies)
                .row("", sealed).row(ui.text("keys.add.note"), note);
        return new VBox(8, new Label(ui.text("keys.emptyHook")), form,
                button("addKeyButton", "keys.add.button", Styles.ACCENT, model::addKey));
    }

    private Button button(String id, String textKey, String style, Runnable action) {
        Button button = new Button(ui.text(textKey));
        button.setId(id);
        if (style != null) {
            button.getStyleClass().add(style);
        }
        button.disableProperty().bind(model.busyProperty());
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setWrapText(true);
        return label;
    }
}
