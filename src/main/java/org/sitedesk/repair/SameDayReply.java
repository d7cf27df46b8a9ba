package org.sitedesk.repair;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.sitedesk.core.i18n.Localizable;

/**
 * Whether a complaint was answered on the day it came in (DOMAIN.md "Repair service levels"):
 * yes or no once it has its reply or its day is over; pending while its day still runs unanswered.
 */
public enum SameDayReply implements Localizable {
    YES("complaints.sameDay.yes"),
    NO("complaints.sameDay.no"),
    PENDING("complaints.sameDay.pending");

    private final String messageKey;

    SameDayReply(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    public static SameDayReply of(ServiceRequest complaint, Instant now, ZoneId zone) {
        LocalDate reported = complaint.reportedAt().atZone(zone).toLocalDate();
        Optional<Instant> replied = complaint.repliedAt();
        if (replied.isPresent()) {
            return replied.get().atZone(zone).toLocalDate().equals(reported) ? YES : NO;
        }
        return now.atZone(zone).toLocalDate().isAfter(reported) ? NO : PENDING;
    }
}
