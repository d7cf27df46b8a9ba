package org.sitedesk.fees;

/** What part of the ledger an amount goes to. Stored by name. */
public enum ChargePart {
    PRINCIPAL,
    LATE_FEE,
    PREPAYMENT,
    REFUND,
    /** A deposit paid back (装修押金 and the like): money held for the unit, not its prepayment. */
    DEPOSIT_BACK
}
