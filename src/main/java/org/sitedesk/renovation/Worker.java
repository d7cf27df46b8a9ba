package org.sitedesk.renovation;

/** A worker on a permit with the pass they were given; the ID number is as stored (mask it to show it). */
public record Worker(long id, String name, String idNumber, String phone, String trade, String certificate,
        String passNumber) {
}
