package org.sitedesk.keys;

import java.time.Instant;

/** A loan as the clerk enters it: the borrower, the purpose and when the key is expected back. */
public record LoanDraft(Borrower borrower, String purpose, Instant due) {
}
