package org.sitedesk.lostfound;

import java.time.Instant;
import org.sitedesk.estate.IdType;

/**
 * 认领 as recorded: who took the item, the document they showed (the number masked, as every
 * screen and printout shows it), how they proved it was theirs, what they got, when, handed over by
 * whom (display name), and any necessary cost noted (民法典 317; never a fee).
 */
public record Claim(
        String claimant,
        IdType idType,
        String maskedIdNumber,
        String phone,
        String proof,
        String returned,
        String costNote,
        Instant claimedAt,
        String handedBy) {
}
