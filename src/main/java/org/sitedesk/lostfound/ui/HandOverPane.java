package org.sitedesk.lostfound.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.VBox;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.ui.FormFields;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.IsoDatePicker;
import org.sitedesk.ui.UiContext;

/** 移交派出所 form: the items chosen in the register go together, on one list the officer signs. */
final class HandOverPane extends VBox {
    HandOverPane(HandOverViewModel model, ObservableList<FoundItem> chosen, UiContext ui) {
        super(8);
        DatePicker day = IsoDatePicker.create();
        day.setId("handOverDay");
        day.valueProperty().bindBidirectional(model.dayProperty());
        Button save = new Button(ui.text("lostFound.handOver.save"));
        save.setId("saveHandOver");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> model.save(List.copyOf(chosen), getScene().getWindow()));
        FormGrid grid = new FormGrid()
                .row(ui.text("print.handOver.station"), FormFields.text("handOverStation", 18, model.stationProperty()))
                .row(ui.text("print.handOver.officer"), FormFields.text("handOverOfficer", 10, model.officerProperty()))
                .row(ui.text("print.handOver.badge"), FormFields.text("handOverBadge", 10, model.officerNumberProperty()))
                .row(ui.text("print.handOver.date"), day);
        getChildren().addAll(FormFields.muted(ui, "lostFound.handOver.hint"), grid, save,
                FormFields.message("handOverMessage", model.messageProperty()));
    }
}
