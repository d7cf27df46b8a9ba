package org.sitedesk.archive;

import java.util.Optional;
import org.sitedesk.core.i18n.Localizable;
import org.sitedesk.core.users.Permission;

/**
 * 密级 of a document, lowest first: 普通, 秘密, 机密, 绝密. The level decides who may approve a loan
 * (普通 the archive manager, 秘密 a supervisor, 机密 and 绝密 an administrator, and then only for
 * reading in the archive room) and whether opening a scan is audited (秘密 and above).
 */
public enum Confidentiality implements Localizable {
    ORDINARY("confidentiality.ordinary", "普通", Permission.LEND_DOCUMENTS),
    CONFIDENTIAL("confidentiality.confidential", "秘密", Permission.APPROVE_SECRET_LOANS),
    SECRET("confidentiality.secret", "机密", Permission.APPROVE_CONFIDENTIAL_LOANS),
    TOP_SECRET("confidentiality.topSecret", "绝密", Permission.APPROVE_CONFIDENTIAL_LOANS);

    private final String messageKey;
    private final String word;
    private final Permission approval;

    Confidentiality(String messageKey, String word, Permission approval) {
        this.messageKey = messageKey;
        this.word = word;
        this.approval = approval;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** The level as the site writes it (普通 … 绝密): what files, the command line and the CSV list use. */
    public String word() {
        return word;
    }

    /** Who may approve lending a document of this level. */
    public Permission approval() {
        return approval;
    }

    /** 机密 and 绝密 leave the archive room not at all: read there, back the same day (仅限室内查阅). */
    public boolean readingRoomOnly() {
        return this == SECRET || this == TOP_SECRET;
    }

    /** 秘密 and above: opening a scan is written to the audit log, like revealing an ID number. */
    public boolean viewAudited() {
        return this != ORDINARY;
    }

    /** 普通/秘密/机密/绝密, or the constant's name in any case ({@code secret}, {@code top_secret}). */
    public static Optional<Confidentiality> ofWord(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim();
        for (Confidentiality level : values()) {
            if (level.word.equals(wanted) || level.name().equalsIgnoreCase(wanted.replace('-', '_').replace(' ', '_'))) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
