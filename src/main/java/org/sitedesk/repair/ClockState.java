package org.sitedesk.repair;

/** How a time limit stands: in time, amber from 75 % of the limit, red when over, stopped on hold. */
public enum ClockState {
    IN_TIME,
    AMBER,
    OVERDUE,
    ON_HOLD,
    MET
}
