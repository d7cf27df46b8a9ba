package org.sitedesk.repair;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the complaints ledger (投诉台账): the complaint as reported, its reply (答复 and how it
 * is handled), its result (the work recorded done, else where it stands), and the owner's word at
 * the return visit.
 */
public record ComplaintEntry(
        String number,
        Instant reportedAt,
        String location,
        String reporter,
        String category,
        String description,
        Optional<Instant> repliedAt,
        String handling,
        Optional<String> workDone,
        RequestState state,
        Optional<Satisfaction> satisfaction,
        SameDayReply sameDay) {
}
