package org.sitedesk.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.settings.TerminalPreferences;
import org.sitedesk.support.CurrentThreadTaskExecutor;
import org.sitedesk.support.TestDatabase;
import org.sitedesk.ui.SystemViewer;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window on a test database and drives it the way a clerk does. */
public final class WindowTestSupport {
    private WindowTestSupport() {
    }

    /** The window on the test database, its clock the database's (advance it and the window's clocks move). */
    public static void show(Stage stage, TestDatabase db, Path preferences, Language language) {
        show(stage, db, preferences, language, file -> { });
    }

    /** As above, with the files the window asks the system viewer to open going to {@code viewer}. */
    public static void show(Stage stage, TestDatabase db, Path preferences, Language language, SystemViewer viewer) {
        show(stage, () -> new OpenedDatabase(db.services, Optional.empty(), () -> { }), preferences, language, db.clock,
                viewer);
    }

    /** {@link #show(Stage, TestDatabase, Path, Language)} as a real counter starts: the first sign-in takes the day's backup. */
    public static void showTakingDailyBackups(Stage stage, TestDatabase db, Path preferences, Language language) {
        show(stage, () -> new OpenedDatabase(db.services, Optional.empty(), () -> { }, true), preferences, language, db.clock);
    }

    static void show(Stage stage, DatabaseOpener opener, Path preferences, Language language) {
        show(stage, opener, preferences, language, org.sitedesk.support.MutableClock.atNineOnAMonday(), file -> { });
    }

    /** The real window on any opener, its background work run at once on the calling thread (benchmarks). */
    public static void showWindow(Stage stage, DatabaseOpener opener, TerminalPreferences preferences, Language language,
            java.time.Clock clock) {
        new SiteDeskWindow(stage, new WindowDependencies(opener, preferences, language, clock, CurrentThreadTaskExecutor::new,
                WindowDependencies.StartupListener.NONE, file -> { })).show();
    }

    private static void show(Stage stage, DatabaseOpener opener, Path preferences, Language language, java.time.Clock clock) {
        show(stage, opener, preferences, language, clock, file -> { });
    }

    private static void show(Stage stage, DatabaseOpener opener, Path preferences, Language language, java.time.Clock clock,
            SystemViewer viewer) {
        new SiteDeskWindow(stage, new WindowDependencies(opener, new TerminalPreferences(preferences), language,
                clock, CurrentThreadTaskExecutor::new,
                WindowDependencies.StartupListener.NONE, viewer)).show();
    }

    public static void signIn(FxRobot robot, String username, String password) {
        replaceText(robot, "#username", username);
        robot.clickOn("#password").write(password);
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Opens a screen from the navigation as a clerk does: the navigation scrolls when a role has more
     * entries than the window is tall, so the entry is scrolled into view first, then clicked.
     */
    public static void navigate(FxRobot robot, String item) {
        Node entry = robot.lookup("#nav-" + item).query();
        robot.interact(() -> scrollIntoView(entry));
        robot.clickOn(entry);
    }

    private static void scrollIntoView(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (hidden > 0) {
                    Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double centred = bounds.getMinY() - (scroll.getViewportBounds().getHeight() - bounds.getHeight()) / 2;
                    scroll.setVvalue(Math.max(0, Math.min(1, centred / hidden)) * (scroll.getVmax() - scroll.getVmin())
                            + scroll.getVmin());
                    scroll.layout();
                }
                return;
            }
        }
    }

    /** Selects what a field holds and types over it, as a clerk does. */
    public static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(KeyCode.SHORTCUT, KeyCode.A).write(text);
    }

    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Gives the window the size a clerk's screen has, and lets it lay out. */
    public static void resize(FxRobot robot, Stage stage, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The words of every shown labelled control under {@code root} that a clerk cannot read whole:
     * drawn shortened (JavaFX 21 has no {@code isTextTruncated}, so the text its skin draws is compared
     * with its own), or pushed past {@code root}'s edge or the window's.
     */
    public static List<String> cutLabels(Node root) {
        Bounds area = root.localToScene(root.getLayoutBounds());
        double windowWidth = root.getScene().getWidth();
        List<String> cut = new ArrayList<>();
        collect(root, area, windowWidth, cut);
        return cut;
    }

    private static void collect(Node node, Bounds area, double windowWidth, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String drawn = labeled.getChildrenUnmodifiable().stream()
                    .filter(child -> child instanceof Text && child.getStyleClass().contains("text"))
                    .map(child -> ((Text) child).getText())
                    .findFirst().orElse(labeled.getText());
            Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
            boolean outside = bounds.getMaxX() > Math.min(area.getMaxX(), windowWidth) + 0.5
                    || bounds.getMinX() < area.getMinX() - 0.5;
            if (!drawn.equals(labeled.getText()) || outside) {
                cut.add(labeled.getText() + " (" + drawn + ")");
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, area, windowWidth, cut));
        }
    }
}
