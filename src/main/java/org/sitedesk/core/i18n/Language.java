package org.sitedesk.core.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages SiteDesk speaks; Chinese first. */
public enum Language implements Localizable {
    CHINESE("zh_CN", Locale.SIMPLIFIED_CHINESE, "language.zh_CN"),
    ENGLISH("en", Locale.ENGLISH, "language.en");

    private final String tag;
    private final Locale locale;
    private final String messageKey;

    Language(String tag, Locale locale, String messageKey) {
        this.tag = tag;
        this.locale = locale;
        this.messageKey = messageKey;
    }

    public static final Language DEFAULT = CHINESE;

    /** The stored tag, as in the bundle file names: {@code zh_CN}, {@code en}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    public static Optional<Language> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String normalized = tag.trim().replace('-', '_');
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(normalized)
                    || language.locale.getLanguage().equalsIgnoreCase(normalized)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of an operating-system locale: Chinese for any Chinese locale, English otherwise. */
    public static Language of(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }
}
