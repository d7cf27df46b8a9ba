package org.sitedesk.shell;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.settings.TerminalPreferences;
import org.sitedesk.ui.SystemViewer;
import org.sitedesk.ui.TaskExecutor;

/**
 * What the window is started with. {@code executorFactory} receives the handler for failures
 * nobody else handles (the one error dialog); tests pass one that runs on the calling thread, and a
 * {@code viewer} that records the files it is asked to open.
 */
public record WindowDependencies(
        DatabaseOpener opener,
        TerminalPreferences preferences,
        Language language,
        Clock clock,
        Function<Consumer<Throwable>, TaskExecutor> executorFactory,
        StartupListener startup,
        SystemViewer viewer) {

    /** Told when the window is shown with the database open, or when opening failed. */
    public interface StartupListener {
        void ready();

        void failed(String sentence);

        /** A start-up phase ended on the FX thread, having held it for {@code onFxThread}. */
        default void phase(String name, java.time.Duration onFxThread) {
        }

        /** A start-up phase ended on a background thread, after {@code took}. */
        default void background(String name, java.time.Duration took, String thread) {
        }

        StartupListener NONE = new StartupListener() {
            @Override
            public void ready() {
            }

            @Override
            public void failed(String sentence) {
            }
        };
    }
}
