package org.sitedesk.keys;

import java.util.Locale;

/** One numbered hook of a cabinet, written {@code A-07} on its tag. */
public record Hook(String cabinetCode, int number) {

    public String label() {
        return String.format(Locale.ROOT, "%s-%02d", cabinetCode, number);
    }

    @Override
    public String toString() {
        return label();
    }
}
