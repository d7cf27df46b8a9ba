package org.sitedesk.lostfound;

/**
 * The site's periods for lost and found: the days within which cash, valuables and identity
 * documents go to the police station (default 3), and the short period after which a perishable is
 * due for disposal (default 3 days, counted from the day it was found).
 */
public record LostFoundSettings(int policeDays, int perishableDays) {
    public static final int DEFAULT_POLICE_DAYS = 3;
    public static final int DEFAULT_PERISHABLE_DAYS = 3;
    public static final int MAX_DAYS = 90;

    public static LostFoundSettings defaults() {
        return new LostFoundSettings(DEFAULT_POLICE_DAYS, DEFAULT_PERISHABLE_DAYS);
    }
}
