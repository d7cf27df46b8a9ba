package org.sitedesk.lostfound;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitedesk.core.i18n.Localizable;

/** What became of an item nobody claimed within its period (民法典 318): donated, destroyed or handed to the authorities. */
public enum DisposalWay implements Localizable {
    DONATED("lostFound.disposal.donated", List.of("donated", "donate", "捐赠", "捐献")),
    DESTROYED("lostFound.disposal.destroyed", List.of("destroyed", "destroy", "销毁", "毁弃")),
    AUTHORITIES("lostFound.disposal.authorities", List.of("authorities", "handed_to_authorities", "上交", "上交有关部门",
            "交有关部门"));

    private final String messageKey;
    private final List<String> words;

    DisposalWay(String messageKey, List<String> words) {
        this.messageKey = messageKey;
        this.words = words;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** The English word of the command line and exports: {@code donated}, {@code destroyed}, {@code authorities}. */
    public String word() {
        return words.get(0);
    }

    /** Reads any of the English or Chinese words. */
    public static Optional<DisposalWay> ofWord(String word) {
        String wanted = word == null ? "" : word.trim().toLowerCase(Locale.ROOT);
        for (DisposalWay way : values()) {
            if (way.words.contains(wanted)) {
                return Optional.of(way);
            }
        }
        return Optional.empty();
    }
}
