package org.sitedesk.ui;

import java.time.Clock;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.i18n.UserFacingException;
import org.slf4j.LoggerFactory;

/** What every view and view model of one window needs; rebuilt when the language changes. */
public record UiContext(Messages messages, TaskExecutor tasks, DialogService dialogs, Clock clock) {
    public String text(String key) {
        return messages.get(key);
    }

    /** The sentence for a failure shown next to a form; unexpected ones are logged with their trace. */
    public String explain(Throwable error) {
        if (!(error instanceof UserFacingException)) {
            LoggerFactory.getLogger(UiContext.class).error("Unexpected failure", error);
        }
        return messages.describe(error);
    }

    public String format(String key, Object... arguments) {
        return messages.format(key, arguments);
    }
}
