package org.sitedesk.fees;

/** What part of the ledger an amount goes to. Stored by name. */
public enum ChargePart {
    PRINCIPAL,
    LATE_FEE,
    PREPAYMENT,
    REFUND
}
