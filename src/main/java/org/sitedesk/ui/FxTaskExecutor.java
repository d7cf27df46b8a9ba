package org.sitedesk.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs tasks on a small pool of daemon threads as {@link javafx.concurrent.Task}s. */
public final class FxTaskExecutor extends ObservableTaskExecutor implements AutoCloseable {
    private final ExecutorService pool;
    private final Consumer<Throwable> defaultFailureHandler;
    private int running;

    public FxTaskExecutor(Consumer<Throwable> defaultFailureHandler) {
        this.defaultFailureHandler = defaultFailureHandler;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "sitedesk-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <V> void execute(BackgroundTask<V> task) {
        Task<V> fxTask = new Task<>() {
            @Override
            protected V call() throws Exception {
                return task.work().call(this::updateProgress);
            }
        };
        fxTask.setOnSucceeded(event -> {
            finished();
            task.successHandler().accept(fxTask.getValue());
        });
        fxTask.setOnFailed(event -> {
            finished();
            task.failureHandler().orElse(defaultFailureHandler).accept(fxTask.getException());
        });
        running++;
        busy.set(true);
        title.set(task.title());
        progress.unbind();
        progress.bind(fxTask.progressProperty());
        pool.execute(fxTask);
    }

    private void finished() {
        running--;
        if (running == 0) {
            busy.set(false);
            progress.unbind();
            progress.set(0);
            title.set("");
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
