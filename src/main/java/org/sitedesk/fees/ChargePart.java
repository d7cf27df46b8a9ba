package org.sitedesk.fees;

/** What part of the ledger an amount goes to. Stored by name. */
public enum ChargePart {
    PRINCIPAL,
    LATE_FEE,
    PREPAYMENT,
    REFUND,
    /** A deposit paid back (a pass's, 装修押金): the refund's row, naming the deposit's charge (not prepayment). */
    DEPOSIT_BACK
}
