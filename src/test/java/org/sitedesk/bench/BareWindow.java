package org.sitedesk.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.sitedesk.shell.ProcessStart;

/**
 * The baseline of the start-up figure: a bare JavaFX window with one label, shown by the same JVM on
 * the same machine; prints {@code ready <ms>} from the JVM's start, as {@code sitedesk --smoke} does.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        long jvmStart = ProcessStart.epochMillis();
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(new Label("SiteDesk")), 1200, 760));
            stage.setOnShown(event -> Platform.runLater(() -> {
                System.out.println("ready " + (System.currentTimeMillis() - jvmStart));
                stage.hide();
                Platform.exit();
            }));
            stage.show();
        });
    }
}
