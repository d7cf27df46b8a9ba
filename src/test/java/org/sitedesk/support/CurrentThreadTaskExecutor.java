package org.sitedesk.support;

import java.util.function.Consumer;
import org.sitedesk.ui.BackgroundTask;
import org.sitedesk.ui.ObservableTaskExecutor;
import org.sitedesk.core.Progress;
import org.sitedesk.ui.Work;

/** Runs "background" work at once on the calling thread, so screen tests need no waiting. */
public final class CurrentThreadTaskExecutor extends ObservableTaskExecutor {
    private final Consumer<Throwable> defaultFailureHandler;

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
}
