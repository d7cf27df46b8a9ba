package org.sitedesk.archive;

import java.time.LocalDate;

/** What destroying a document records besides the approver: the witness, the method, the reason and the day. */
public record DestructionRequest(String witness, String method, String reason, LocalDate on) {
}
