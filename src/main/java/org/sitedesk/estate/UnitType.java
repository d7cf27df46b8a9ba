package org.sitedesk.estate;

import java.util.Locale;
import java.util.Optional;
import org.sitedesk.core.i18n.Localizable;

/** What a unit is used for; it decides the fee rate. Import files name it in English or Chinese. */
public enum UnitType implements Localizable {
    RESIDENTIAL("residential", "住宅", "unitType.residential"),
    SHOP("shop", "商铺", "unitType.shop"),
    OFFICE("office", "办公", "unitType.office"),
    PARKING("parking", "车位", "unitType.parking");

    private final String englishWord;
    private final String chineseWord;
    private final String messageKey;

    UnitType(String englishWord, String chineseWord, String messageKey) {
        this.englishWord = englishWord;
        this.chineseWord = chineseWord;
        this.messageKey = messageKey;
    }

    /** The word written in import and export files: {@code residential}, {@code shop}, … */
    public String englishWord() {
        return englishWord;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** Reads {@code residential} or {@code 住宅} (any case, surrounding spaces ignored). */
    public static Optional<UnitType> ofWord(String word) {
        String wanted = word == null ? "" : word.trim().toLowerCase(Locale.ROOT);
        for (UnitType type : values()) {
            if (type.englishWord.equals(wanted) || type.chineseWord.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
