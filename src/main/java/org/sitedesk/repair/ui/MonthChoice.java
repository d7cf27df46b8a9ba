package org.sitedesk.repair.ui;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The month a figures screen shows: typed as 2026-11, or stepped a month back or on. */
public final class MonthChoice {
    private final StringProperty text = new SimpleStringProperty();

    public MonthChoice(YearMonth initial) {
        text.set(initial.toString());
    }

    /** The month typed, if it reads as one. */
    public Optional<YearMonth> month() {
        String typed = text.get() == null ? "" : text.get().trim();
        try {
            return Optional.of(YearMonth.parse(typed));
        } catch (DateTimeParseException notAMonth) {
            return Optional.empty();
        }
    }

    /** Moves the month typed by {@code months}; nothing moves while the text is not a month. */
    public void step(int months) {
        month().ifPresent(month -> text.set(month.plusMonths(months).toString()));
    }

    public StringProperty textProperty() {
        return text;
    }
}
