package org.sitedesk.keys;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitedesk.core.i18n.Localizable;

/** Who borrows a key: the center's own staff, a contractor, or an owner or resident. Anyone but staff shows an ID. */
public enum BorrowerKind implements Localizable {
    STAFF("borrowerKind.staff", List.of("staff", "员工")),
    CONTRACTOR("borrowerKind.contractor", List.of("contractor", "施工人员", "外包")),
    OWNER("borrowerKind.owner", List.of("owner", "业主", "住户"));

    private final String messageKey;
    private final List<String> words;

    BorrowerKind(String messageKey, List<String> words) {
        this.messageKey = messageKey;
        this.words = words;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** Whether the borrower's identity document is checked and recorded (everyone but staff). */
    public boolean showsId() {
        return this != STAFF;
    }

    /** The word the command line takes: {@code staff}, {@code contractor}, {@code owner}, or the Chinese. */
    public String word() {
        return words.get(0);
    }

    public static Optional<BorrowerKind> ofWord(String word) {
        String wanted = word == null ? "" : word.trim().toLowerCase(Locale.ROOT);
        for (BorrowerKind kind : values()) {
            if (kind.words.contains(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
