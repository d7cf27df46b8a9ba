package org.sitedesk.estate.ui;

import java.time.LocalDate;
import java.util.Optional;
import javafx.collections.ObservableMap;
import javafx.scene.control.TableView;
import org.sitedesk.estate.Person;
import org.sitedesk.estate.RevealedPerson;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** People of a household; ID numbers and phones masked unless this screen revealed them. */
final class PeopleTable extends TableView<Person> {
    PeopleTable(String id, UiContext ui, ObservableMap<Long, RevealedPerson> revealed, boolean withEndDate) {
        setId(id);
        getColumns().add(Tables.textColumn(ui.text("person.name"), 100, Person::name));
        getColumns().add(Tables.textColumn(ui.text("person.role"), 90, person -> ui.messages().get(person.role())));
        getColumns().add(Tables.textColumn(ui.text("person.idType"), 90, person -> ui.messages().get(person.idType())));
        getColumns().add(Tables.textColumn(ui.text("person.idNumber"), 170, person ->
                Optional.ofNullable(revealed.get(person.id())).map(RevealedPerson::idNumber).orElse(person.maskedIdNumber())));
        getColumns().add(Tables.textColumn(ui.text("person.phone"), 120, person ->
                Optional.ofNullable(revealed.get(person.id())).map(RevealedPerson::phone).orElse(person.maskedPhone())));
        getColumns().add(Tables.textColumn(ui.text("person.share"), 70, person ->
                person.share().map(share -> share.stripTrailingZeros().toPlainString() + "%").orElse("")));
        getColumns().add(Tables.textColumn(ui.text("person.since"), 100, person -> date(person.since())));
        if (withEndDate) {
            getColumns().add(Tables.textColumn(ui.text("person.until"), 100, person -> date(person.until())));
        }
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(this, ui.text("table.empty"));
        setPrefHeight(180);
        revealed.addListener((javafx.collections.MapChangeListener<Long, RevealedPerson>) change -> refresh());
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
