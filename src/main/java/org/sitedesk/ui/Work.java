package org.sitedesk.ui;

import org.sitedesk.core.Progress;

/** Work to run off the FX thread; it may report progress. */
@FunctionalInterface
public interface Work<V> {
    V call(Progress progress) throws Exception;
}
