package org.sitedesk.print.ui;

import atlantafx.base.theme.Styles;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
import org.sitedesk.print.RenderedPrintout;
import org.sitedesk.ui.Theme;
import org.sitedesk.ui.UiContext;

/**
 * 打印预览: the pages as images, page forward and back, zoom, save as PDF; Esc closes. Built from a
 * printout already rendered in the background, so opening it never waits on JasperReports.
 */
public final class PrintPreview {
    private static final double ZOOM_STEP = 0.25;

    private final RenderedPrintout printout;
    private final UiContext ui;
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final ImageView view = new ImageView();
    private double zoom = 1.0;

    public PrintPreview(RenderedPrintout printout, UiContext ui) {
        this.printout = printout;
        this.ui = ui;
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
        Button save = button("previewSave", "preview.savePdf", () -> save(stage));
        save.getStyleClass().add(Styles.ACCENT);
        Button close = button("previewClose", "preview.close", stage::close);
        HBox toolbar = new HBox(8, previous, counter, next, smaller, larger, save, close);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("preview-toolbar");
        StackPane paper = new StackPane(view);
        paper.getStyleClass().add("preview-paper");
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll, toolbar, null, null, null);
        root.getStyleClass().add("preview");
        Scene scene = new Scene(root, 900, 760);
        Theme.apply(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> save(stage));
        stage.setScene(scene);
        showPage(counter);
        stage.show();
        return stage;
    }

    private void showPage(Label counter) {
        Image image = new Image(new ByteArrayInputStream(printout.pages().get(page.get())));
        view.setImage(image);
        view.setFitWidth(image.getWidth() * zoom);
        view.setPreserveRatio(true);
        counter.setText(ui.format("preview.page", page.get() + 1, printout.pages().size()));
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
}
