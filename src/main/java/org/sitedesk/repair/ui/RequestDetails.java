package org.sitedesk.repair.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sitedesk.repair.Completion;
import org.sitedesk.repair.RequestEvent;
import org.sitedesk.repair.ServiceRequest;
import org.sitedesk.ui.UiContext;

/** Everything about one request, and its history (who moved it where, when), read-only. */
final class RequestDetails {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final UiContext ui;
    private final ServiceRequest request;
    private final List<RequestEvent> events;

    RequestDetails(UiContext ui, ServiceRequest request, List<RequestEvent> events) {
        this.ui = ui;
        this.request = request;
        this.events = events;
    }

    void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("requestDetails");
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        row = line(grid, row, "board.detail.number", request.number() + request.reworkOf()
                .map(original -> "  " + ui.format("board.detail.reworkOf", original)).orElse(""));
        row = line(grid, row, "board.detail.type", ui.text(request.type().messageKey()) + " · "
                + ui.text(request.channel().messageKey()) + " · " + ui.text(request.priority().messageKey())
                + (request.paid() ? " · " + ui.text("board.paid") : ""));
        row = line(grid, row, "board.detail.place", request.location().name() + " · " + request.categoryName());
        row = line(grid, row, "board.detail.reporter", request.reporter() + "  " + request.phone());
        row = line(grid, row, "board.detail.description", request.description());
        row = line(grid, row, "board.detail.reported", time(request.reportedAt()) + request.appointedAt()
                .map(at -> "  " + ui.format("board.detail.appointed", time(at))).orElse(""));
        row = line(grid, row, "board.detail.limits", ui.format("board.detail.limitsValue",
                time(request.arrivalClock().deadline(ui.clock().instant())),
                time(request.finishClock().deadline(ui.clock().instant()))));
        row = line(grid, row, "board.detail.state", ui.text(request.state().messageKey()));
        row = line(grid, row, "board.detail.engineers", request.engineerNames());
        if (!request.holds().isEmpty()) {
            row = line(grid, row, "board.detail.holds", String.join("；", request.holds().stream()
                    .map(hold -> time(hold.from()) + " – " + hold.until().map(this::time).orElse("") + " " + hold.reason())
                    .toList()));
        }
        Optional<Completion> done = request.completion();
        if (done.isPresent()) {
            row = line(grid, row, "board.detail.work", done.get().workDone() + (done.get().materials().isEmpty() ? ""
                    : "（" + done.get().materials() + "）") + done.get().charge()
                    .map(charge -> "  ¥" + charge.amount().toPlainString()).orElse(""));
        }
        if (!request.reply().isEmpty()) {
            row = line(grid, row, "board.detail.reply", request.reply());
        }
        if (request.visit().isPresent()) {
            row = line(grid, row, "board.detail.visit", ui.text(request.visit().get().satisfaction().messageKey()) + " "
                    + request.visit().get().comment());
        }
        if (!request.cancelReason().isEmpty()) {
            line(grid, row, "board.detail.cancelled", request.cancelReason());
        }
        ListView<String> history = new ListView<>();
        history.setId("requestHistory");
        history.setPrefHeight(160);
        history.getItems().setAll(events.stream().map(event -> time(event.at()) + "  " + event.actor() + "  "
                + event.from().map(from -> ui.text(from.messageKey()) + " → ").orElse("")
                + ui.text(event.to().messageKey())).toList());
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(request.number());
        dialog.getDialogPane().setContent(new VBox(10, grid, new Label(ui.text("board.detail.history")), history));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE)).setText(ui.text("button.close"));
        dialog.getDialogPane().setPrefWidth(560);
        dialog.show();
    }

    private int line(GridPane grid, int row, String key, String value) {
        Label label = new Label(ui.text(key));
        label.getStyleClass().add("detail-label");
        Label text = new Label(value);
        text.setWrapText(true);
        text.setMaxWidth(420);
        grid.addRow(row, label, text);
        return row + 1;
    }

    private String time(Instant instant) {
        return instant.atZone(ui.clock().getZone()).format(TIME);
    }
}
