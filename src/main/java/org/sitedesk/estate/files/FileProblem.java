package org.sitedesk.estate.files;

import java.util.Arrays;
import org.sitedesk.core.i18n.Messages;

/** One problem in a file the user gave: where it is, and a message key with its arguments. */
public record FileProblem(String file, int line, int column, String messageKey, Object... arguments) {

    /** {@code units.csv:12:6: 建筑面积最多两位小数：89.755} in the reader's language. */
    public String describe(Messages messages) {
        return file + ":" + line + ":" + column + ": " + messages.format(messageKey, arguments);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + messageKey + Arrays.toString(arguments);
    }
}
