package org.sitedesk.repair;

/** An engineer as typed on the engineers screen. */
public record EngineerDraft(String name, String phone, String skills, boolean onDuty, boolean active) {
}
