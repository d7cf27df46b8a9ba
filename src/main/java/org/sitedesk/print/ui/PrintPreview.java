package org.sitedesk.print.ui;

import atlantafx.base.theme.Styles;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sitedesk.print.Printers;
import org.sitedesk.print.RenderedPrintout;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.Theme;
import org.sitedesk.ui.UiContext;

/**
 * 打印预览: the pages as images, page forward and back, zoom, print on a chosen printer with copies
 * (Ctrl+P), save as PDF (Ctrl+S); Esc closes. Built from a printout already rendered in the
 * background, so opening it never waits on JasperReports; the printer list and printing itself run
 * in the background too.
 */
public final class PrintPreview {
    private static final double ZOOM_STEP = 0.25;
    private static final double WINDOW_WIDTH = 1080;
    private static final double WINDOW_HEIGHT = 780;

    private final RenderedPrintout printout;
    private final UiContext ui;
    private final Printers printers;
    private final FormState form;
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final ImageView view = new ImageView();
    private final ComboBox<String> printer = new ComboBox<>();
    private final Spinner<Integer> copies = new Spinner<>(1, Printers.MAX_COPIES, 1);
    private double zoom = 1.0;

    public PrintPreview(RenderedPrintout printout, UiContext ui, Printers printers) {
        this.printout = printout;
        this.ui = ui;
        this.printers = printers;
        this.form = new FormState(ui);
    }

    public Stage show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(ui.format("preview.title", printout.title()));
        Label counter = new Label();
        counter.setId("previewPage");
        page.addListener((observable, old, now) -> showPage(counter));
        Button previous = button("previewPrevious", "preview.previous", () -> page.set(Math.max(0, page.get() - 1)));
        Button next = button("previewNext", "preview.next",
                () -> page.set(Math.min(printout.pages().size() - 1, page.get() + 1)));
        Button smaller = button("previewZoomOut", "preview.zoomOut", () -> zoom(-ZOOM_STEP, counter));
        Button larger = button("previewZoomIn", "preview.zoomIn", () -> zoom(ZOOM_STEP, counter));
        printer.setId("previewPrinter");
        printer.setPromptText(ui.text("preview.findingPrinters"));
        printer.setPrefWidth(220);
        copies.setId("previewCopies");
        copies.setEditable(true);
        copies.setPrefWidth(80);
        Button print = button("previewPrint", "preview.print", this::print);
        print.getStyleClass().add(Styles.ACCENT);
        print.disableProperty().bind(printer.valueProperty().isNull().or(form.busyProperty()));
        Button save = button("previewSave", "preview.savePdf", () -> save(stage));
        Button close = button("previewClose", "preview.close", stage::close);
        Label message = new Label();
        message.setId("previewMessage");
        message.textProperty().bind(form.messageProperty());
        HBox toolbar = new HBox(8, previous, counter, next, smaller, larger, new Separator(javafx.geometry.Orientation.VERTICAL),
                new Label(ui.text("preview.printer")), printer, new Label(ui.text("preview.copies")), copies, print, save,
                close);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("preview-toolbar");
        StackPane paper = new StackPane(view);
        paper.getStyleClass().add("preview-paper");
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setFitToWidth(true);
        HBox status = new HBox(message);
        status.getStyleClass().add("preview-status");
        BorderPane root = new BorderPane(scroll, toolbar, null, status, null);
        root.getStyleClass().add("preview");
        Scene scene = new Scene(root, WINDOW_WIDTH, WINDOW_HEIGHT);
        Theme.apply(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> save(stage));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!print.isDisabled()) {
                print();
            }
        });
        stage.setScene(scene);
        zoom = fittingZoom();
        showPage(counter);
        stage.show();
        findPrinters();
        return stage;
    }

    private void findPrinters() {
        form.run(progress -> new Found(printers.names(), printers.defaultName()), found -> {
            printer.getItems().setAll(found.names());
            if (found.names().isEmpty()) {
                printer.setPromptText(ui.text("preview.noPrinters"));
                return;
            }
            printer.setValue(found.preferred().filter(found.names()::contains).orElse(found.names().get(0)));
        });
    }

    private void print() {
        String chosen = printer.getValue();
        commitTypedCopies();
        int count = copies.getValue();
        form.run(progress -> {
            printers.print(printout, chosen, count);
            return chosen;
        }, done -> form.showText(ui.format("preview.sent", done, count)));
    }

    /** A number typed into the copies box counts even before Enter; anything else falls back to 1. */
    private void commitTypedCopies() {
        try {
            copies.commitValue();
        } catch (RuntimeException e) {
            copies.getValueFactory().setValue(1);
        }
    }

    private void showPage(Label counter) {
        Image image = new Image(new ByteArrayInputStream(printout.pages().get(page.get())));
        view.setImage(image);
        view.setFitWidth(image.getWidth() * zoom);
        view.setPreserveRatio(true);
        counter.setText(ui.format("preview.page", page.get() + 1, printout.pages().size()));
    }

    /** Landscape pages start at the window's width rather than overflowing it. */
    private double fittingZoom() {
        double pageWidth = new Image(new ByteArrayInputStream(printout.pages().get(0))).getWidth();
        return Math.min(1.0, (WINDOW_WIDTH - 60) / pageWidth);
    }

    private void zoom(double step, Label counter) {
        zoom = Math.max(0.5, Math.min(3.0, zoom + step));
        showPage(counter);
    }

    private void save(Stage stage) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(printout.title() + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        try {
            Files.write(file.toPath(), printout.pdf());
        } catch (IOException e) {
            ui.dialogs().showFailure(e);
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(ui.text(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private record Found(List<String> names, Optional<String> preferred) {
    }
}
