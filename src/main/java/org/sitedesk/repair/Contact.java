package org.sitedesk.repair;

/** Who to call back about a request at a unit: its first current owner, with the phone on file. */
public record Contact(String name, String phone) {
}
