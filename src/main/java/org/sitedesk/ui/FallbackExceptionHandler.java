package org.sitedesk.ui;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for exceptions nobody caught: logged with the stack trace, shown once in plain
 * words. While that dialog is open, further failures are only logged, so a storm of them does
 * not bury the counter in dialogs.
 */
public final class FallbackExceptionHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackExceptionHandler.class);

    private final DialogService dialogs;
    private boolean showing;

    public FallbackExceptionHandler(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught exception in thread {}", thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    private void show(Throwable error) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            dialogs.showFailure(error);
        } finally {
            showing = false;
        }
    }
}
