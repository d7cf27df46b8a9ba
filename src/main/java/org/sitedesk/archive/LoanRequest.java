package org.sitedesk.archive;

import java.time.LocalDate;

/** What a loan names: the borrower, the reason and the day it is due back. */
public record LoanRequest(String borrower, String reason, LocalDate due) {
}
