package org.sitedesk.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs work off the FX thread and calls back on it. View models ask this, never a thread, so tests
 * can run everything on the calling thread.
 */
public interface TaskExecutor {
    <V> void execute(BackgroundTask<V> task);

    /** True while any task runs: the status bar shows a progress bar. */
    ReadOnlyBooleanProperty busyProperty();

    /** Progress of the latest task, 0..1, or -1 when it cannot tell. */
    ReadOnlyDoubleProperty progressProperty();

    /** Title of the latest running task. */
    ReadOnlyStringProperty titleProperty();
}
