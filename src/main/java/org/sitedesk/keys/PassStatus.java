package org.sitedesk.keys;

import java.util.Locale;
import java.util.Optional;
import org.sitedesk.core.i18n.Localizable;

/**
 * A pass as the register shows it on a day: valid, not valid yet, expired (it drops out of the valid
 * list by itself), lost and void, returned, or ended early. Only {@link #VALID} opens a gate.
 */
public enum PassStatus implements Localizable {
    VALID("passStatus.valid", "valid"),
    NOT_YET_VALID("passStatus.notYetValid", "not_yet_valid"),
    EXPIRED("passStatus.expired", "expired"),
    LOST("passStatus.lost", "lost"),
    RETURNED("passStatus.returned", "returned"),
    ENDED("passStatus.ended", "ended");

    private final String messageKey;
    private final String word;

    PassStatus(String messageKey, String word) {
        this.messageKey = messageKey;
        this.word = word;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** The word of the command line's CSV: {@code valid}, {@code lost}, … */
    public String word() {
        return word;
    }

    public static Optional<PassStatus> ofWord(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (PassStatus status : values()) {
            if (status.word.equals(wanted) || status.name().equalsIgnoreCase(wanted)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
