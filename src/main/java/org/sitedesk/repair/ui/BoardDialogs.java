package org.sitedesk.repair.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;
import org.sitedesk.core.money.Money;
import org.sitedesk.repair.Completion;
import org.sitedesk.repair.Engineer;
import org.sitedesk.repair.ReturnVisit;
import org.sitedesk.repair.Satisfaction;
import org.sitedesk.repair.ServiceRequest;
import org.sitedesk.repair.VisitWay;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.UiContext;

/**
 * The small forms a move needs: engineers to dispatch, the arrival time, the completion, a reason,
 * a reply, the return visit. Each stays open until what was typed can be read, saying which field
 * is wrong; the service checks the rest.
 */
final class BoardDialogs {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final UiContext ui;
    private final Supplier<Window> owner;

    BoardDialogs(UiContext ui, Supplier<Window> owner) {
        this.ui = ui;
        this.owner = owner;
    }

    Optional<List<Long>> engineers(ServiceRequest request, List<Engineer> offered, List<Long> assigned) {
        CheckListView<Offered> list = new CheckListView<>();
        list.setId("dispatchEngineers");
        List<Offered> items = offered.stream().map(engineer -> new Offered(engineer,
                ui.format("board.dispatch.engineer", engineer.name(), engineer.skills(), engineer.openWork()))).toList();
        list.getItems().setAll(items);
        items.stream().filter(item -> assigned.contains(item.engineer().id())).forEach(list.getCheckModel()::check);
        list.setPrefSize(420, 220);
        Label hint = new Label(ui.format("board.dispatch.hint", request.number(), request.categoryName()));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        Label problem = problemLabel();
        Dialog<ButtonType> dialog = dialog("board.dispatch.title", new VBox(8, hint, list, problem));
        guard(dialog, problem, () -> list.getCheckModel().getCheckedItems().isEmpty() ? "error.request.noEngineer" : null);
        Platform.runLater(list::requestFocus);
        return dialog.showAndWait().filter(ButtonType.OK::equals)
                .map(ok -> list.getCheckModel().getCheckedItems().stream().map(item -> item.engineer().id()).toList());
    }

    Optional<Instant> arrival(ServiceRequest request) {
        TextField time = timeField("arrivalTime");
        Label problem = problemLabel();
        GridPane grid = grid();
        grid.addRow(0, new Label(ui.text("board.arrive.time")), time);
        Dialog<ButtonType> dialog = dialog("board.arrive.title", new VBox(8, new Label(request.number() + "  "
                + request.location().name()), grid, problem));
        guard(dialog, problem, () -> parse(time.getText()).isEmpty() ? "board.error.time" : null);
        Platform.runLater(time::requestFocus);
        return dialog.showAndWait().filter(ButtonType.OK::equals).flatMap(ok -> parse(time.getText()));
    }

    Optional<Completion> completion(ServiceRequest request) {
        TextField time = timeField("completedTime");
        TextArea work = area("workDone", 3);
        TextArea materials = area("materials", 2);
        materials.setPromptText(ui.text("board.complete.materialsPrompt"));
        TextField labour = new TextField();
        labour.setId("labourHours");
        labour.setPrefColumnCount(6);
        TextField charge = new TextField();
        charge.setId("chargeAmount");
        charge.setPrefColumnCount(8);
        charge.setDisable(!request.paid());
        charge.setPromptText(ui.text(request.paid() ? "board.complete.chargePrompt" : "board.complete.covered"));
        GridPane grid = grid();
        grid.addRow(0, new Label(ui.text("board.complete.time")), time);
        grid.addRow(1, new Label(ui.text("board.complete.work")), work);
        grid.addRow(2, new Label(ui.text("board.complete.materials")), materials);
        grid.addRow(3, new Label(ui.text("board.complete.labour")), labour);
        grid.addRow(4, new Label(ui.text("board.complete.charge")), charge);
        Label problem = problemLabel();
        Dialog<ButtonType> dialog = dialog("board.complete.title", new VBox(8, new Label(request.number() + "  "
                + request.location().name()), grid, problem));
        guard(dialog, problem, () -> parse(time.getText()).isEmpty() ? "board.error.time"
                : decimal(labour.getText()).isEmpty() && !labour.getText().isBlank() ? "board.error.labour"
                : decimal(charge.getText()).isEmpty() && !charge.getText().isBlank() ? "board.error.charge" : null);
        Platform.runLater(work::requestFocus);
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(ok -> new Completion(parse(time.getText()).orElseThrow(),
                work.getText(), materials.getText(), decimal(labour.getText()),
                decimal(charge.getText()).map(Money::of)));
    }

    /** A reason (hold, cancel) or a reply; {@code titleKey} says which. */
    Optional<String> text(ServiceRequest request, String titleKey, String promptKey) {
        TextArea text = area("reasonText", 3);
        text.setPromptText(ui.text(promptKey));
        Dialog<ButtonType> dialog = dialog(titleKey, new VBox(8, new Label(request.number() + "  "
                + request.location().name() + "  " + request.description()), text));
        Platform.runLater(text::requestFocus);
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(ok -> text.getText());
    }

    Optional<ReturnVisit> visit(ServiceRequest request, String visitor) {
        TextField by = new TextField(visitor);
        by.setId("visitBy");
        ChoiceBox<VisitWay> way = new ChoiceBox<>();
        way.setId("visitWay");
        way.getItems().setAll(VisitWay.values());
        way.setConverter(new LocalizedConverter<>(ui.messages()));
        way.setValue(VisitWay.PHONE);
        ChoiceBox<Satisfaction> satisfaction = new ChoiceBox<>();
        satisfaction.setId("visitSatisfaction");
        satisfaction.getItems().setAll(Satisfaction.values());
        satisfaction.setConverter(new LocalizedConverter<>(ui.messages()));
        satisfaction.setValue(Satisfaction.SATISFIED);
        TextArea comment = area("visitComment", 2);
        GridPane grid = grid();
        grid.addRow(0, new Label(ui.text("board.visit.by")), by);
        grid.addRow(1, new Label(ui.text("board.visit.way")), way);
        grid.addRow(2, new Label(ui.text("board.visit.satisfaction")), satisfaction);
        grid.addRow(3, new Label(ui.text("board.visit.comment")), comment);
        Label note = new Label(ui.text("board.visit.reworkNote"));
        note.setWrapText(true);
        note.setMaxWidth(420);
        Dialog<ButtonType> dialog = dialog("board.visit.title", new VBox(8, new Label(request.number() + "  "
                + request.location().name() + "  " + request.completion().map(Completion::workDone).orElse("")), grid, note));
        Platform.runLater(satisfaction::requestFocus);
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(ok -> new ReturnVisit(null, by.getText(),
                way.getValue(), satisfaction.getValue(), comment.getText()));
    }

    private Dialog<ButtonType> dialog(String titleKey, Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(ui.text(titleKey));
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().setAll(owner.get().getScene().getStylesheets());
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText(ui.text("button.ok"));
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(ui.text("button.cancel"));
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("dialogOk");
        return dialog;
    }

    /** Keeps the dialog open while {@code problem} names a bundle key, showing its sentence. */
    private void guard(Dialog<ButtonType> dialog, Label label, Supplier<String> problem) {
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            String key = problem.get();
            if (key != null) {
                label.setText(ui.text(key));
                event.consume();
            }
        });
    }

    private TextField timeField(String id) {
        TextField time = new TextField(LocalDateTime.now(ui.clock()).format(TIME));
        time.setId(id);
        time.setPrefColumnCount(14);
        return time;
    }

    private static TextArea area(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setPrefColumnCount(28);
        area.setWrapText(true);
        return area;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        return grid;
    }

    private static Label problemLabel() {
        Label label = new Label();
        label.setId("dialogProblem");
        label.getStyleClass().add("form-message");
        return label;
    }

    private Optional<Instant> parse(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text.trim(), TIME).atZone(ui.clock().getZone()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<BigDecimal> decimal(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** An engineer as the dispatch list shows them: name, skills, open work. */
    private record Offered(Engineer engineer, String label) {
        @Override
        public String toString() {
            return label;
        }
    }
}
