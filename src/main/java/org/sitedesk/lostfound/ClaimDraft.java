package org.sitedesk.lostfound;

import java.util.Optional;
import org.sitedesk.estate.IdType;

/**
 * A claim as typed at the counter. {@code returned} empty means the whole item as registered;
 * {@code lostReportId} the owner's lost report it answers, closed with the claim.
 */
public record ClaimDraft(
        String claimant,
        IdType idType,
        String idNumber,
        String phone,
        String proof,
        String returned,
        String costNote,
        Optional<Long> lostReportId) {
}
