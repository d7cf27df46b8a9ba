package org.sitedesk.keys.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** 入柜 as typed: what the key opens (a room code or a common area's name), copies, sealed or not, a note. */
public final class AddKeyModel {
    private final StringProperty opens = new SimpleStringProperty("");
    private final StringProperty copies = new SimpleStringProperty("1");
    private final BooleanProperty sealed = new SimpleBooleanProperty(false);
    private final StringProperty note = new SimpleStringProperty("");

    void clear() {
        opens.set("");
        copies.set("1");
        sealed.set(false);
        note.set("");
    }

    public StringProperty opensProperty() {
        return opens;
    }

    public StringProperty copiesProperty() {
        return copies;
    }

    public BooleanProperty sealedProperty() {
        return sealed;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
