package org.sitedesk.repair;

import static org.sitedesk.core.db.schema.Tables.ENGINEER;
import static org.sitedesk.core.db.schema.Tables.REPAIR_CATEGORY;
import static org.sitedesk.core.db.schema.Tables.REQUEST_ENGINEER;
import static org.sitedesk.core.db.schema.Tables.REQUEST_HOLD;
import static org.sitedesk.core.db.schema.Tables.RETURN_VISIT;
import static org.sitedesk.core.db.schema.Tables.SERVICE_REQUEST;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sitedesk.core.db.schema.tables.ServiceRequest;
import org.sitedesk.core.money.Money;

/**
 * Reads requests with their engineers, holds and return visits in four queries however many there
 * are (the board loads hundreds at once).
 */
final class RequestReader {
    private static final ServiceRequest ORIGINAL = SERVICE_REQUEST.as("original");

    private RequestReader() {
    }

    static List<org.sitedesk.repair.ServiceRequest> read(DSLContext tx, Condition where) {
        List<Record> rows = tx.select(SERVICE_REQUEST.asterisk(), REPAIR_CATEGORY.NAME, ORIGINAL.REQUEST_NUMBER)
                .from(SERVICE_REQUEST)
                .join(REPAIR_CATEGORY).on(REPAIR_CATEGORY.CODE.eq(SERVICE_REQUEST.CATEGORY_CODE))
                .leftJoin(ORIGINAL).on(ORIGINAL.ID.eq(SERVICE_REQUEST.REWORK_OF))
                .where(where)
                .orderBy(SERVICE_REQUEST.REPORTED_AT, SERVICE_REQUEST.ID)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> row.get(SERVICE_REQUEST.ID)).toList();
        Map<Long, List<EngineerRef>> engineers = new HashMap<>();
        tx.select(REQUEST_ENGINEER.REQUEST_ID, ENGINEER.ID, ENGINEER.NAME).from(REQUEST_ENGINEER)
                .join(ENGINEER).on(ENGINEER.ID.eq(REQUEST_ENGINEER.ENGINEER_ID))
                .where(REQUEST_ENGINEER.REQUEST_ID.in(ids)).orderBy(ENGINEER.NAME)
                .forEach(row -> engineers.computeIfAbsent(row.value1(), id -> new ArrayList<>())
                        .add(new EngineerRef(row.value2(), row.value3())));
        Map<Long, List<Hold>> holds = new HashMap<>();
        tx.selectFrom(REQUEST_HOLD).where(REQUEST_HOLD.REQUEST_ID.in(ids)).orderBy(REQUEST_HOLD.HELD_FROM)
                .forEach(row -> holds.computeIfAbsent(row.getRequestId(), id -> new ArrayList<>())
                        .add(new Hold(row.getHeldFrom().toInstant(), instant(row.getHeldUntil()), row.getReason())));
        Map<Long, ReturnVisit> visits = new HashMap<>();
        tx.selectFrom(RETURN_VISIT).where(RETURN_VISIT.REQUEST_ID.in(ids))
                .forEach(row -> visits.put(row.getRequestId(), new ReturnVisit(row.getVisitedAt().toInstant(),
                        row.getVisitedBy(), VisitWay.valueOf(row.getWay()),
                        Satisfaction.ofScore(row.getSatisfaction()).orElseThrow(), text(row.getComment()))));
        List<org.sitedesk.repair.ServiceRequest> requests = new ArrayList<>(rows.size());
        for (Record row : rows) {
            long id = row.get(SERVICE_REQUEST.ID);
            requests.add(request(row, engineers.getOrDefault(id, List.of()), holds.getOrDefault(id, List.of()),
                    Optional.ofNullable(visits.get(id))));
        }
        return requests;
    }

    private static org.sitedesk.repair.ServiceRequest request(Record row, List<EngineerRef> engineers, List<Hold> holds,
            Optional<ReturnVisit> visit) {
        Location location = new Location(Optional.ofNullable(row.get(SERVICE_REQUEST.UNIT_ID)),
                Optional.ofNullable(row.get(SERVICE_REQUEST.COMMON_AREA_ID)), row.get(SERVICE_REQUEST.LOCATION));
        Optional<Completion> completion = instant(row.get(SERVICE_REQUEST.COMPLETED_AT)).map(at -> new Completion(at,
                text(row.get(SERVICE_REQUEST.WORK_DONE)), text(row.get(SERVICE_REQUEST.MATERIALS)),
                Optional.ofNullable(row.get(SERVICE_REQUEST.LABOUR_HOURS)),
                Optional.ofNullable(row.get(SERVICE_REQUEST.CHARGE_AMOUNT)).map(Money::of)));
        String before = row.get(SERVICE_REQUEST.STATE_BEFORE_HOLD);
        return new org.sitedesk.repair.ServiceRequest(
                row.get(SERVICE_REQUEST.ID),
                row.get(SERVICE_REQUEST.REQUEST_NUMBER),
                RequestType.valueOf(row.get(SERVICE_REQUEST.REQUEST_TYPE)),
                Channel.valueOf(row.get(SERVICE_REQUEST.CHANNEL)),
                location,
                row.get(SERVICE_REQUEST.REPORTER),
                text(row.get(SERVICE_REQUEST.PHONE)),
                row.get(SERVICE_REQUEST.CATEGORY_CODE),
                row.get(REPAIR_CATEGORY.NAME),
                row.get(SERVICE_REQUEST.DESCRIPTION),
                Priority.valueOf(row.get(SERVICE_REQUEST.PRIORITY)),
                instant(row.get(SERVICE_REQUEST.APPOINTED_AT)),
                row.get(SERVICE_REQUEST.PAID),
                RequestState.valueOf(row.get(SERVICE_REQUEST.STATE)),
                Optional.ofNullable(before).map(RequestState::valueOf),
                row.get(SERVICE_REQUEST.REPORTED_AT).toInstant(),
                row.get(SERVICE_REQUEST.LOGGED_BY),
                Duration.ofMinutes(row.get(SERVICE_REQUEST.ARRIVE_MINUTES)),
                Duration.ofMinutes(row.get(SERVICE_REQUEST.FINISH_MINUTES)),
                instant(row.get(SERVICE_REQUEST.DISPATCHED_AT)),
                instant(row.get(SERVICE_REQUEST.ARRIVED_AT)),
                completion,
                instant(row.get(SERVICE_REQUEST.CLOSED_AT)),
                instant(row.get(SERVICE_REQUEST.REPLIED_AT)),
                text(row.get(SERVICE_REQUEST.REPLY)),
                text(row.get(SERVICE_REQUEST.CANCEL_REASON)),
                engineers,
                holds,
                visit,
                Optional.ofNullable(row.get(ORIGINAL.REQUEST_NUMBER)));
    }

    static Optional<Instant> instant(OffsetDateTime time) {
        return Optional.ofNullable(time).map(OffsetDateTime::toInstant);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
