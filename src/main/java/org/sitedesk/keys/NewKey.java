package org.sitedesk.keys;

/**
 * A key as it is put in the cabinet: what it opens (a unit or a common area, by id), the hook it
 * hangs on, how many copies are on the ring, whether it is in a sealed envelope, and a note.
 */
public record NewKey(KeyOpens opens, long cabinetId, int hook, int copies, boolean sealed, String note) {
}
