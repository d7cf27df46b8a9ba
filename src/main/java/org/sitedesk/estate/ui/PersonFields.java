package org.sitedesk.estate.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.estate.IdType;
import org.sitedesk.estate.PersonDraft;
import org.sitedesk.estate.PersonRole;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.IsoDatePicker;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.UiContext;

/** The fields of one person: used to add a household member and for each new owner of a transfer. */
final class PersonFields {
    final TextField name = new TextField();
    final ComboBox<PersonRole> role = new ComboBox<>();
    final ComboBox<IdType> idType = new ComboBox<>();
    final TextField idNumber = new TextField();
    final TextField phone = new TextField();
    final TextField share = new TextField();
    final DatePicker since = IsoDatePicker.create();

    PersonFields(UiContext ui, String idPrefix, List<PersonRole> roles) {
        name.setId(idPrefix + "Name");
        role.setId(idPrefix + "Role");
        role.getItems().setAll(roles);
        role.setValue(roles.get(0));
        role.setConverter(new LocalizedConverter<>(ui.messages()));
        role.setMaxWidth(Double.MAX_VALUE);
        idType.setId(idPrefix + "IdType");
        idType.getItems().setAll(IdType.values());
        idType.setValue(IdType.RESIDENT_ID);
        idType.setConverter(new LocalizedConverter<>(ui.messages()));
        idType.setMaxWidth(Double.MAX_VALUE);
        idNumber.setId(idPrefix + "IdNumber");
        phone.setId(idPrefix + "Phone");
        share.setId(idPrefix + "Share");
        share.setPromptText("%");
        since.setId(idPrefix + "Since");
    }

    FormGrid addTo(FormGrid grid, UiContext ui, boolean withRole, boolean withShare, boolean withSince) {
        grid.row(ui.text("person.name"), name);
        if (withRole) {
            grid.row(ui.text("person.role"), role);
        }
        grid.row(ui.text("person.idType"), idType).row(ui.text("person.idNumber"), idNumber)
                .row(ui.text("person.phone"), phone);
        if (withShare) {
            grid.row(ui.text("person.share"), share);
        }
        if (withSince) {
            grid.row(ui.text("person.since"), since);
        }
        return grid;
    }

    PersonDraft draft() {
        return new PersonDraft(role.getValue(), name.getText(), idType.getValue(), idNumber.getText(), phone.getText(),
                share(), Optional.ofNullable(since.getValue()), "");
    }

    void clear() {
        name.clear();
        idNumber.clear();
        phone.clear();
        share.clear();
        since.setValue(null);
    }

    private Optional<BigDecimal> share() {
        String text = share.getText().trim().replace("%", "");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw new UserFacingException("error.person.shareRange");
        }
    }
}
