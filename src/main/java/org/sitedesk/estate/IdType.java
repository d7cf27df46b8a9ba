package org.sitedesk.estate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitedesk.core.i18n.Localizable;
import org.sitedesk.core.id.ResidentIdNumber;

/**
 * Kinds of identity document. Only the resident ID card is checked (GB 11643); the others are
 * accepted as typed (DOMAIN.md, personal information 4).
 */
public enum IdType implements Localizable {
    RESIDENT_ID("idType.residentId", List.of("resident_id", "id_card", "身份证", "居民身份证")),
    PASSPORT("idType.passport", List.of("passport", "护照")),
    HK_MACAU_PERMIT("idType.hkMacauPermit", List.of("hk_macau_permit", "港澳通行证", "港澳居民来往内地通行证", "回乡证")),
    TAIWAN_PERMIT("idType.taiwanPermit", List.of("taiwan_permit", "台胞证", "台湾居民来往大陆通行证")),
    OTHER("idType.other", List.of("other", "其他"));

    private final String messageKey;
    private final List<String> words;

    IdType(String messageKey, List<String> words) {
        this.messageKey = messageKey;
        this.words = words;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** The word written in export files (the first English one): {@code resident_id}, … */
    public String englishWord() {
        return words.get(0);
    }

    /** Reads any of the English or Chinese names; an empty cell means the resident ID card. */
    public static Optional<IdType> ofWord(String word) {
        String wanted = word == null ? "" : word.trim().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return Optional.of(RESIDENT_ID);
        }
        for (IdType type : values()) {
            if (type.words.contains(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public boolean isChecked() {
        return this == RESIDENT_ID;
    }

    /**
     * The number as screens and printouts show it (DOMAIN.md, personal information 2): a resident ID
     * as 110105********002X, passports and permits with their last four characters only.
     */
    public String mask(String number) {
        String id = number == null ? "" : number;
        if (isChecked()) {
            return ResidentIdNumber.mask(id);
        }
        return id.length() <= 4 ? id : "*".repeat(id.length() - 4) + id.substring(id.length() - 4);
    }
}
