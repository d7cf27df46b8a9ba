package org.sitedesk.print;

import java.util.List;

/** Every printout SiteDesk makes, for the settings screen's offsets and the paper checks. */
public final class PrintoutTypes {
    public static final PrintoutType HOUSEHOLD = new PrintoutType("household", "household", Paper.A4, "print.household.title");
    public static final PrintoutType REGISTER = new PrintoutType("register", "register", Paper.A4_LANDSCAPE, "print.register.name");

    private PrintoutTypes() {
    }

    public static List<PrintoutType> all() {
        return List.of(HOUSEHOLD, REGISTER);
    }
}
