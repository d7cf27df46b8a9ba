package org.sitedesk.repair;

import static org.sitedesk.core.db.schema.Tables.SERVICE_REQUEST;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * 投诉台账: every complaint reported in a month (calendar month in the site's zone), cancelled ones
 * included so the ledger shows all that came in, oldest first.
 */
public final class ComplaintLedger {
    private final Transactions transactions;
    private final Clock clock;

    public ComplaintLedger(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<ComplaintEntry> month(Actor actor, YearMonth month) {
        actor.require(Permission.LOG_REQUESTS);
        TimeSpan span = TimeSpan.month(month, clock.getZone());
        Instant now = clock.instant();
        List<ServiceRequest> complaints = transactions.inTransaction(tx -> RequestReader.read(tx,
                SERVICE_REQUEST.REQUEST_TYPE.eq(RequestType.COMPLAINT.name()).and(span.covers(SERVICE_REQUEST.REPORTED_AT))));
        return complaints.stream().map(complaint -> entry(complaint, now)).toList();
    }

    private ComplaintEntry entry(ServiceRequest complaint, Instant now) {
        return new ComplaintEntry(complaint.number(), complaint.reportedAt(), complaint.location().name(),
                complaint.reporter(), complaint.categoryName(), complaint.description(), complaint.repliedAt(),
                complaint.reply(), complaint.completion().map(Completion::workDone), complaint.state(),
                complaint.visit().map(ReturnVisit::satisfaction), SameDayReply.of(complaint, now, clock.getZone()));
    }
}
