package org.sitedesk.support;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sitedesk.ui.BackgroundTask;
import org.sitedesk.ui.TaskExecutor;
import org.sitedesk.core.Progress;
import org.sitedesk.ui.Work;

/** Runs "background" work at once on the calling thread, so screen tests need no waiting. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final Consumer<Throwable> defaultFailureHandler;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");

    public CurrentThreadTaskExecutor(Consumer<Throwable> defaultFailureHandler) {
        this.defaultFailureHandler = defaultFailureHandler;
    }

    @Override
    public <V> void execute(BackgroundTask<V> task) {
        V value;
        try {
            value = task.work().call(Progress.NONE);
        } catch (Exception e) {
            task.failureHandler().orElse(defaultFailureHandler).accept(e);
            return;
        }
        task.successHandler().accept(value);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
