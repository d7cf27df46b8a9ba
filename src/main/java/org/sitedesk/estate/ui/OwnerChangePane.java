package org.sitedesk.estate.ui;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.estate.OwnershipTransferRequest;
import org.sitedesk.estate.PersonDraft;
import org.sitedesk.estate.PersonRole;
import org.sitedesk.estate.TransferDocument;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.IsoDatePicker;
import org.sitedesk.ui.UiContext;

/**
 * 过户: the day of the change, the new owner (and a co-owner if there is one), and the checklist
 * of documents received. The current owners are closed, never deleted.
 */
final class OwnerChangePane extends VBox {
    private final DatePicker on = IsoDatePicker.create();
    private final PersonFields first;
    private final PersonFields second;
    private final CheckBox coOwner;
    private final Map<TransferDocument, CheckBox> documents = new java.util.EnumMap<>(TransferDocument.class);
    private final TextField notes = new TextField();

    OwnerChangePane(UiContext ui, Consumer<OwnershipTransferRequest> confirm, Consumer<String> refuse, Button back) {
        super(12);
        setId("ownerChangePane");
        getStyleClass().add("owner-change");
        Label title = new Label(ui.text("transfer.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        on.setId("transferDate");
        on.setValue(LocalDate.now(ui.clock()));
        first = new PersonFields(ui, "newOwner", List.of(PersonRole.OWNER));
        second = new PersonFields(ui, "coOwner", List.of(PersonRole.OWNER));
        coOwner = new CheckBox(ui.text("transfer.coOwner"));
        coOwner.setId("coOwnerCheck");
        FormGrid secondGrid = second.addTo(new FormGrid(), ui, false, true, false);
        secondGrid.visibleProperty().bind(coOwner.selectedProperty());
        secondGrid.managedProperty().bind(coOwner.selectedProperty());

        FlowPane checklist = new FlowPane(14, 8);
        for (TransferDocument document : TransferDocument.values()) {
            CheckBox box = new CheckBox(ui.messages().get(document));
            box.setId("doc-" + document.name());
            documents.put(document, box);
            checklist.getChildren().add(box);
        }
        notes.setId("transferNotes");
        Button apply = new Button(ui.text("transfer.confirm"));
        apply.setId("confirmTransferButton");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setOnAction(event -> {
            try {
                confirm.accept(request());
            } catch (UserFacingException e) {
                refuse.accept(ui.messages().describe(e));
            }
        });

        FormGrid main = new FormGrid().row(ui.text("transfer.date"), on);
        first.addTo(main, ui, false, true, false);
        Label documentsLabel = new Label(ui.text("transfer.documents"));
        getChildren().addAll(title, main, coOwner, secondGrid, documentsLabel, checklist,
                new FormGrid().row(ui.text("transfer.notes"), notes), new HBox(8, apply, back));
        setMaxWidth(640);
    }

    private OwnershipTransferRequest request() {
        List<PersonDraft> owners = new ArrayList<>();
        owners.add(first.draft());
        if (coOwner.isSelected()) {
            owners.add(second.draft());
        }
        Set<TransferDocument> received = EnumSet.noneOf(TransferDocument.class);
        documents.forEach((document, box) -> {
            if (box.isSelected()) {
                received.add(document);
            }
        });
        return new OwnershipTransferRequest(on.getValue(), owners, received, notes.getText().trim());
    }
}
