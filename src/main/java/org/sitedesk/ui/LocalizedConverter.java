package org.sitedesk.ui;

import javafx.util.StringConverter;
import org.sitedesk.core.i18n.Localizable;
import org.sitedesk.core.i18n.Messages;

/** Shows roles, languages and other named values in choice boxes under their translated names. */
public final class LocalizedConverter<T extends Localizable> extends StringConverter<T> {
    private final Messages messages;

    public LocalizedConverter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : messages.get(value);
    }

    @Override
    public T fromString(String text) {
        return null; // choice boxes are not editable: nothing is ever parsed back
    }
}
