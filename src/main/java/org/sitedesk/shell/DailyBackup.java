package org.sitedesk.shell;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.BooleanProperty;

/**
 * How the day's automatic backup is going, for the dashboard card that shows it: running, or done
 * with the sentence that says why it failed (empty when it did not). Changed on the FX thread.
 */
final class DailyBackup {
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    void started() {
        problem.set("");
        running.set(true);
    }

    void finished(String failure) {
        problem.set(failure);
        running.set(false);
    }

    BooleanProperty runningProperty() {
        return running;
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
