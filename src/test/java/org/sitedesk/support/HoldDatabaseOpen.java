package org.sitedesk.support;

import java.sql.Connection;
import java.sql.DriverManager;

/** A second process that keeps a database open, as another SiteDesk on the same PC would. */
public final class HoldDatabaseOpen {
    public static final String READY = "holding";

    private HoldDatabaseOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
