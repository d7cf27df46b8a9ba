package org.sitedesk.repair;

/** A member of the engineering team: skills (the categories they repair, in words), whether on duty, open work. */
public record Engineer(long id, String name, String phone, String skills, boolean onDuty, boolean active, int openWork) {
}
