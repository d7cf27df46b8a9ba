package org.sitedesk.repair;

/** A common area requests can be about (a lobby, the car park, the garden). */
public record CommonArea(long id, String name, boolean active) {
}
