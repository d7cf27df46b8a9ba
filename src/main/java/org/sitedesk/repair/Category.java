package org.sitedesk.repair;

/** A category of request (给排水, 电梯, …) from the site's list. */
public record Category(String code, String name, int sortOrder, boolean active) {
}
