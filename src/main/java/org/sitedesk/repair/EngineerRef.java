package org.sitedesk.repair;

/** An engineer as a request names them. */
public record EngineerRef(long id, String name) {
}
