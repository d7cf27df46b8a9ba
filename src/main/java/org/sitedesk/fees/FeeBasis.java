package org.sitedesk.fees;

import java.util.Locale;
import java.util.Optional;
import org.sitedesk.core.i18n.Localizable;

/** How a fee item's monthly charge is worked out (DOMAIN.md fees 2). */
public enum FeeBasis implements Localizable {
    /** Rate per m² of building area per month. */
    AREA("area", "按面积", "feeBasis.area"),
    /** Amount per unit per month (a parking space, a flat fee). */
    FIXED("fixed", "按户", "feeBasis.fixed");

    private final String word;
    private final String chineseWord;
    private final String messageKey;

    FeeBasis(String word, String chineseWord, String messageKey) {
        this.word = word;
        this.chineseWord = chineseWord;
        this.messageKey = messageKey;
    }

    public String word() {
        return word;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** Reads {@code area}/{@code fixed} or 按面积/按户 (also 面积, 固定), as import files write them. */
    public static Optional<FeeBasis> ofWord(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (FeeBasis basis : values()) {
            if (basis.word.equals(wanted) || basis.chineseWord.equals(wanted)) {
                return Optional.of(basis);
            }
        }
        return switch (wanted) {
            case "面积" -> Optional.of(AREA);
            case "固定", "定额" -> Optional.of(FIXED);
            default -> Optional.empty();
        };
    }
}
