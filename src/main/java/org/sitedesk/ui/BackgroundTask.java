package org.sitedesk.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A piece of background work with what to do on the FX thread when it succeeds or fails.
 * Without a failure handler, the executor shows the failure in the one error dialog.
 */
public final class BackgroundTask<V> {
    private final Work<V> work;
    private Consumer<V> onSuccess = value -> { };
    private Consumer<Throwable> onFailure;
    private String title = "";

    private BackgroundTask(Work<V> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <V> BackgroundTask<V> of(Work<V> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<V> title(String shownTitle) {
        this.title = shownTitle;
        return this;
    }

    public BackgroundTask<V> onSuccess(Consumer<V> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<V> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public Work<V> work() {
        return work;
    }

    public String title() {
        return title;
    }

    public Consumer<V> successHandler() {
        return onSuccess;
    }

    public Optional<Consumer<Throwable>> failureHandler() {
        return Optional.ofNullable(onFailure);
    }
}
