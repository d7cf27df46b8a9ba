package org.sitedesk.ui;

/** Work to run off the FX thread; it may report progress. */
@FunctionalInterface
public interface Work<V> {
    V call(Progress progress) throws Exception;

    /** Where long work reports how far it has come. */
    interface Progress {
        void update(long done, long total);

        Progress NONE = (done, total) -> { };
    }
}
