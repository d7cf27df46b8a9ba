package org.sitedesk.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.settings.TerminalPreferences;
import org.sitedesk.support.CurrentThreadTaskExecutor;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window on a test database and drives it the way a clerk does. */
public final class WindowTestSupport {
    private WindowTestSupport() {
    }

    /** The window on the test database, its clock the database's (advance it and the window's clocks move). */
    public static void show(Stage stage, TestDatabase db, Path preferences, Language language) {
        show(stage, () -> new OpenedDatabase(db.services, Optional.empty(), () -> { }), preferences, language, db.clock);
    }

    static void show(Stage stage, DatabaseOpener opener, Path preferences, Language language) {
        show(stage, opener, preferences, language, org.sitedesk.support.MutableClock.atNineOnAMonday());
    }

    private static void show(Stage stage, DatabaseOpener opener, Path preferences, Language language, java.time.Clock clock) {
        new SiteDeskWindow(stage, new WindowDependencies(opener, new TerminalPreferences(preferences), language,
                clock, CurrentThreadTaskExecutor::new,
                WindowDependencies.StartupListener.NONE)).show();
    }

    public static void signIn(FxRobot robot, String username, String password) {
        replaceText(robot, "#username", username);
        robot.clickOn("#password").write(password);
        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects what a field holds and types over it, as a clerk does. */
    public static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(KeyCode.SHORTCUT, KeyCode.A).write(text);
    }

    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
