package org.sitedesk.repair.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows engineers, categories and areas in choice boxes by their names (nothing is parsed back). */
final class NamedConverter {
    private NamedConverter() {
    }

    static <T> StringConverter<T> of(Function<T, String> name) {
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
