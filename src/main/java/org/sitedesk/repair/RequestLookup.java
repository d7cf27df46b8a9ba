package org.sitedesk.repair;

import static org.sitedesk.core.db.schema.Tables.REQUEST_EVENT;
import static org.sitedesk.core.db.schema.Tables.SERVICE_REQUEST;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.sitedesk.core.db.Transactions;

/** Reading requests: one by number or id, the board's, a period's, all of them, and a request's history. */
public final class RequestLookup {
    private static final Duration BOARD_KEEPS_FINISHED = Duration.ofDays(3);

    private final Transactions transactions;
    private final Clock clock;

    RequestLookup(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }


    public Optional<ServiceRequest> find(String number) {
        String wanted = number == null ? "" : number.trim().toUpperCase(java.util.Locale.ROOT);
        return transactions.inTransaction(tx -> RequestReader.read(tx, SERVICE_REQUEST.REQUEST_NUMBER.eq(wanted)))
                .stream().findFirst();
    }


    public ServiceRequest request(long id) {
        return transactions.inTransaction(tx -> RequestStore.read(tx, id));
    }


    /** What the board shows: every open request, and those closed or cancelled in the last three days. */
    public List<ServiceRequest> board() {
        OffsetDateTime since = OffsetDateTime.now(clock).minus(BOARD_KEEPS_FINISHED);
        Condition finished = SERVICE_REQUEST.STATE.in(RequestState.CLOSED.name(), RequestState.CANCELLED.name());
        return transactions.inTransaction(tx -> RequestReader.read(tx, finished.not()
                .or(SERVICE_REQUEST.CLOSED_AT.ge(since))
                .or(SERVICE_REQUEST.STATE.eq(RequestState.CANCELLED.name()).and(SERVICE_REQUEST.REPORTED_AT.ge(since)))));
    }


    /** Requests reported from {@code from} to {@code to} (both days included), oldest first. */
    public List<ServiceRequest> reported(LocalDate from, LocalDate to) {
        ZoneId zone = clock.getZone();
        OffsetDateTime start = from.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        return transactions.inTransaction(tx -> RequestReader.read(tx,
                SERVICE_REQUEST.REPORTED_AT.ge(start).and(SERVICE_REQUEST.REPORTED_AT.lt(end))));
    }


    /** Every request, oldest first (the register export). */
    public List<ServiceRequest> all() {
        return transactions.inTransaction(tx -> RequestReader.read(tx, org.jooq.impl.DSL.trueCondition()));
    }


    /** The request's history, oldest first: who moved it where, when, and with what. */
    public List<RequestEvent> history(long id) {
        return transactions.inTransaction(tx -> tx.selectFrom(REQUEST_EVENT).where(REQUEST_EVENT.REQUEST_ID.eq(id))
                .orderBy(REQUEST_EVENT.ID)
                .fetch(row -> new RequestEvent(row.getOccurredAt().toInstant(), row.getActor(),
                        Optional.ofNullable(row.getFromState()).map(RequestState::valueOf),
                        RequestState.valueOf(row.getToState()), row.getNote() == null ? "" : row.getNote())));
    }
}
