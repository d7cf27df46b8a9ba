package org.sitedesk.keys;

/** One key of a handover: what it opens, how many copies the cabinet had on record and how many were counted out. */
public record HandedKey(long keyId, String opens, int copiesOnRecord, int copiesHanded) {

    public String number() {
        return KeyNumber.of(keyId);
    }
}
