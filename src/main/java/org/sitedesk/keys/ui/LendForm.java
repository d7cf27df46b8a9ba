package org.sitedesk.keys.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.sitedesk.estate.IdType;
import org.sitedesk.keys.BorrowerKind;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.IsoDatePicker;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.UiContext;

/** The fields of 借出: borrower kind, name, phone, ID (for anyone but staff), purpose, due date and time. */
final class LendForm {
    private LendForm() {
    }

    static FormGrid of(LendFormModel model, UiContext ui) {
        ComboBox<BorrowerKind> kind = new ComboBox<>();
        kind.setId("lendKind");
        kind.getItems().setAll(BorrowerKind.values());
        kind.setConverter(new LocalizedConverter<>(ui.messages()));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField name = field("lendName", 12);
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField phone = field("lendPhone", 12);
        phone.textProperty().bindBidirectional(model.phoneProperty());
        ComboBox<IdType> idType = new ComboBox<>();
        idType.setId("lendIdType");
        idType.getItems().setAll(IdType.values());
        idType.setConverter(new LocalizedConverter<>(ui.messages()));
        idType.valueProperty().bindBidirectional(model.idTypeProperty());
        TextField idNumber = field("lendIdNumber", 16);
        idNumber.textProperty().bindBidirectional(model.idNumberProperty());
        // staff are known by name: the ID fields stay for contractors and owners
        idType.disableProperty().bind(model.kindProperty().isEqualTo(BorrowerKind.STAFF));
        idNumber.disableProperty().bind(model.kindProperty().isEqualTo(BorrowerKind.STAFF));
        TextField purpose = field("lendPurpose", 16);
        purpose.textProperty().bindBidirectional(model.purposeProperty());
        DatePicker date = IsoDatePicker.create();
        date.setId("lendDueDate");
        date.valueProperty().bindBidirectional(model.dueDateProperty());
        TextField time = field("lendDueTime", 5);
        time.textProperty().bindBidirectional(model.dueTimeProperty());
        FormGrid form = new FormGrid().row(ui.text("keys.lend.kind"), kind).row(ui.text("keys.lend.name"), name)
                .row(ui.text("keys.lend.phone"), phone).row(ui.text("keys.lend.idType"), idType)
                .row(ui.text("keys.lend.idNumber"), idNumber).row(ui.text("keys.lend.purpose"), purpose)
                .row(ui.text("keys.lend.due"), new HBox(6, date, time));
        form.setId("lendForm");
        return form;
    }

    private static TextField field(String id, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        return field;
    }
}
