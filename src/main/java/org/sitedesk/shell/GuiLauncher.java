package org.sitedesk.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.core.db.OwnerOnlyFiles;
import org.sitedesk.core.db.DatabasePasswords;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.settings.TerminalPreferences;
import org.sitedesk.ui.DesktopViewer;
import org.sitedesk.ui.FxTaskExecutor;

/**
 * Starts JavaFX without an {@code Application} subclass, so the window is built with constructor
 * injection and the command line's options reach it without static fields.
 */
public final class GuiLauncher {
    private CompletableFuture<Void> toolkit;

    /**
     * Starts JavaFX now, on a thread of its own, for a line that can only open the window: the
     * toolkit then starts while the command line is read and checked, instead of after it.
     */
    public void startToolkitEarly() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                Platform.startup(() -> started.complete(null));
            } catch (RuntimeException e) {
                started.completeExceptionally(e);
            }
        }, "javafx-start");
        starter.setDaemon(true);
        starter.start();
        toolkit = started;
    }

    /** {@code --db}, else the server this computer's settings name, else the H2 file in the data folder. */
    private static DatabaseLocation chosenDatabase(String option, TerminalPreferences preferences, Path dataFolder) {
        if (option != null && !option.isBlank()) {
            return DatabaseLocation.parse(option);
        }
        return preferences.databaseUrl().map(DatabaseLocation::parse).orElseGet(() -> DatabaseLocation.inFolder(dataFolder));
    }

    public int launch(String database, boolean demo, boolean smoke, Language languageOrNull) {
        long jvmStart = ProcessStart.epochMillis();
        Path dataFolder = DatabaseLocation.userDataFolder();
        try {
            OwnerOnlyFiles.createFolder(dataFolder);
        } catch (IOException e) {
            // the database opener reports a folder it cannot create, in a sentence on the window
        }
        logTo(dataFolder.resolve("logs").resolve("sitedesk.log"));
        TerminalPreferences preferences = new TerminalPreferences(dataFolder);
        Language language = languageOrNull != null ? languageOrNull : preferences.language();
        Clock clock = Clock.systemDefaultZone();
        DatabaseOpener opener = DatabaseOpener.startedEarly(demo
                ? DatabaseOpener.demo(clock, dataFolder.resolve("cache").resolve("demo"))
                : DatabaseOpener.file(new DatabasePasswords(dataFolder, System.getenv())
                        .fill(chosenDatabase(database, preferences, dataFolder)), clock));
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        WindowDependencies.StartupListener startup = new StartupLog(jvmStart, smoke
                ? new SmokeCheck(jvmStart, exit, System.out, System.err)
                : WindowDependencies.StartupListener.NONE);
        try {
            onFxThread(() -> {
                Stage stage = new Stage();
                stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> exit.complete(0));
                new SiteDeskWindow(stage, new WindowDependencies(
                        opener, preferences, language, clock, FxTaskExecutor::new, startup, new DesktopViewer())).show();
            });
        } catch (RuntimeException e) {
            // JavaFX on Linux draws through GTK 3: every desktop has it, a bare server does not
            String reason = String.valueOf(e.getMessage());
            String key = reason.contains("GTK") ? "error.noGtk" : "error.noDisplay";
            System.err.println("sitedesk: " + new Messages(language).format(key, reason));
            return 1;
        }
        // this thread only waits from here on: it sets up the icons while the FX thread builds the window
        IconWarmUp.run();
        int code = exit.join();
        Platform.exit();
        return code;
    }

    /** Runs {@code first} on the FX thread, starting JavaFX unless it was started early. */
    private void onFxThread(Runnable first) {
        if (toolkit == null) {
            Platform.startup(first);
            return;
        }
        try {
            toolkit.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        Platform.runLater(first);
    }

    /** The window's log goes to a file in the data folder, unless the user chose another. */
    private static void logTo(Path file) {
        if (System.getProperty("org.slf4j.simpleLogger.logFile") != null) {
            return;
        }
        try {
            OwnerOnlyFiles.createFolder(file.getParent());
            System.setProperty("org.slf4j.simpleLogger.logFile", file.toString());
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
            System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
            System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        } catch (IOException e) {
            // no log file then: slf4j-simple keeps writing to the standard error stream
        }
    }

    /** {@code --smoke}: prints {@code ready <ms>} once the window shows with the database open, then closes. */
    private static final class SmokeCheck implements WindowDependencies.StartupListener {
        private final long jvmStart;
        private final CompletableFuture<Integer> exit;
        private final PrintStream out;
        private final PrintStream err;

        SmokeCheck(long jvmStart, CompletableFuture<Integer> exit, PrintStream out, PrintStream err) {
            this.jvmStart = jvmStart;
            this.exit = exit;
            this.out = out;
            this.err = err;
        }

        @Override
        public void ready() {
            out.println("ready " + (System.currentTimeMillis() - jvmStart));
            out.flush();
            closeWindows();
        }

        @Override
        public void failed(String sentence) {
            err.println("sitedesk: " + sentence);
            exit.complete(1);
            closeWindows();
        }

        private void closeWindows() {
            Platform.runLater(() -> Stage.getWindows().stream().toList().forEach(window -> window.hide()));
        }
    }
}
