package org.sitedesk.ui;

import java.time.format.DateTimeFormatter;
import javafx.scene.control.DatePicker;
import javafx.util.converter.LocalDateStringConverter;

/** Date pickers that type and show 2026-11-23 whatever the computer's locale. */
public final class IsoDatePicker {
    private IsoDatePicker() {
    }

    public static DatePicker create() {
        DatePicker picker = new DatePicker();
        picker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        picker.setPromptText("yyyy-MM-dd");
        picker.setPrefWidth(150);
        return picker;
    }
}
