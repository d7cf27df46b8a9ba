package org.sitedesk.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows records in choice boxes by a name made from each (nothing is parsed back). */
public final class NamedConverter {
    private NamedConverter() {
    }

    public static <T> StringConverter<T> of(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
