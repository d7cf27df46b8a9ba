package org.sitedesk.lostfound;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitedesk.core.i18n.Localizable;

/**
 * How a found item is kept: valuables are counted before a witness and go to the police station;
 * perishables are due for disposal after the site's short period instead of the year (DOMAIN.md
 * "Lost and found" 2, 3).
 */
public enum ValueClass implements Localizable {
    ORDINARY("lostFound.value.ordinary", List.of("ordinary", "一般")),
    VALUABLE("lostFound.value.valuable", List.of("valuable", "贵重")),
    PERISHABLE("lostFound.value.perishable", List.of("perishable", "易腐", "易腐物品"));

    private final String messageKey;
    private final List<String> words;

    ValueClass(String messageKey, List<String> words) {
        this.messageKey = messageKey;
        this.words = words;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    public static Optional<ValueClass> ofWord(String word) {
        String wanted = word == null ? "" : word.trim().toLowerCase(Locale.ROOT);
        for (ValueClass value : values()) {
            if (value.words.contains(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
