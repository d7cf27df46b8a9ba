package org.sitedesk.repair;

import static org.sitedesk.core.db.schema.Tables.COMMON_AREA;
import static org.sitedesk.core.db.schema.Tables.HOUSEHOLD_PERSON;
import static org.sitedesk.core.db.schema.Tables.REPAIR_CATEGORY;
import static org.sitedesk.core.db.schema.Tables.SERVICE_REQUEST;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.id.PhoneNumber;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.repair.RequestStore.CheckedDraft;

/**
 * 报事登记: logging a request with its number and time limits fixed from today's settings, the rework
 * it may be, and the household's contact to fill the form with.
 */
public final class RequestIntake {
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final RequestStore store;
    private final RepairSettingsService settings;
    private final EstateService estate;

    RequestIntake(Transactions transactions, AuditLog audit, Clock clock, RequestStore store,
            RepairSettingsService settings, EstateService estate) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.store = store;
        this.settings = settings;
        this.estate = estate;
    }


    /** Logs a request: checked, numbered BX-year-000123, its two limits fixed from today's settings. */
    public ServiceRequest log(Actor actor, RequestDraft draft) {
        actor.require(Permission.LOG_REQUESTS);
        Instant now = clock.instant();
        CheckedDraft checked = check(draft, now);
        int year = LocalDate.now(clock).getYear();
        store.prepareNumbers(year);
        return transactions.inTransaction(tx -> {
            ServiceRequest logged = store.insert(tx, actor, draft, checked, now, year);
            audit.record(tx, actor, RepairAuditAction.REQUEST_LOGGED, logged.number(), "type: " + draft.type().name()
                    + "; location: " + checked.location().name() + "; category: " + draft.categoryCode()
                    + "; priority: " + draft.priority().name() + logged.reworkOf().map(number -> "; rework_of: " + number)
                    .orElse(""));
            return logged;
        });
    }


    /**
     * The repair this new one may be a rework of (返修): the latest repair at the same place in the same
     * category finished within the site's rework window.
     */
    public Optional<ServiceRequest> reworkCandidate(Location location, String categoryCode) {
        if (location == null || categoryCode == null) {
            return Optional.empty();
        }
        int days = settings.load().reworkWindowDays();
        OffsetDateTime since = OffsetDateTime.now(clock).minusDays(days);
        Condition place = location.unitId().map(SERVICE_REQUEST.UNIT_ID::eq)
                .orElseGet(() -> SERVICE_REQUEST.COMMON_AREA_ID.eq(location.areaId().orElse(-1L)));
        List<ServiceRequest> found = transactions.inTransaction(tx -> RequestReader.read(tx, place
                .and(SERVICE_REQUEST.CATEGORY_CODE.eq(categoryCode))
                .and(SERVICE_REQUEST.REQUEST_TYPE.eq(RequestType.REPAIR.name()))
                .and(SERVICE_REQUEST.COMPLETED_AT.ge(since))));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }


    /**
     * The household's contact for a new request at a unit, to fill the form: the first current owner
     * and the phone on file. Used only to call back about the request (PIPL 13(2): needed to perform
     * the service contract); the board never shows it.
     */
    public Optional<Contact> contact(Actor actor, long unitId) {
        actor.require(Permission.LOG_REQUESTS);
        LocalDate today = LocalDate.now(clock);
        return transactions.inTransaction(tx -> tx.select(HOUSEHOLD_PERSON.FULL_NAME, HOUSEHOLD_PERSON.PHONE)
                .from(HOUSEHOLD_PERSON)
                .where(HOUSEHOLD_PERSON.UNIT_ID.eq(unitId))
                .and(HOUSEHOLD_PERSON.UNTIL_DATE.isNull().or(HOUSEHOLD_PERSON.UNTIL_DATE.gt(today)))
                .orderBy(HOUSEHOLD_PERSON.PERSON_ROLE.eq("OWNER").desc(), HOUSEHOLD_PERSON.SINCE_DATE, HOUSEHOLD_PERSON.ID)
                .limit(1)
                .fetchOptional(row -> new Contact(row.value1(), row.value2() == null ? "" : row.value2())));
    }


    /** Everything about a draft that can be refused before the transaction, with the field it names. */
    private CheckedDraft check(RequestDraft draft, Instant now) {
        if (draft.type() == null || draft.channel() == null || draft.priority() == null) {
            throw new UserFacingException("error.request.incomplete");
        }
        if (draft.location() == null || (draft.location().unitId().isEmpty() && draft.location().areaId().isEmpty())) {
            throw new UserFacingException("error.request.location");
        }
        if (draft.reporter() == null || draft.reporter().isBlank() || draft.reporter().trim().length() > 60) {
            throw new UserFacingException("error.request.reporter");
        }
        if (draft.phone() != null && !draft.phone().isBlank() && !PhoneNumber.isValid(draft.phone())) {
            throw new UserFacingException("error.request.phone", draft.phone().trim());
        }
        RequestStore.text(draft.description(), "error.request.description", true);
        if (draft.priority() == Priority.APPOINTMENT) {
            LocalDateTime appointed = draft.appointedAt().orElseThrow(() -> new UserFacingException("error.request.appointment"));
            if (appointed.atZone(clock.getZone()).toInstant().isBefore(now.minus(Duration.ofHours(1)))) {
                throw new UserFacingException("error.request.appointmentPast");
            }
        } else if (draft.appointedAt().isPresent()) {
            throw new UserFacingException("error.request.appointmentOnly");
        }
        if (draft.paid() && (draft.location().unitId().isEmpty() || draft.type() != RequestType.REPAIR)) {
            throw new UserFacingException("error.request.paidArea");
        }
        Optional<Location> unit = draft.location().unitId().map(unitId -> estate.unit(unitId)
                .map(found -> Location.unit(found.id(), found.room().toString()))
                .orElseThrow(() -> new UserFacingException("error.unit.notFound", unitId)));
        return transactions.inTransaction(tx -> {
            Location location = unit.isPresent() ? unit.get() : area(tx, draft.location().areaId().orElseThrow());
            if (!tx.fetchExists(REPAIR_CATEGORY, REPAIR_CATEGORY.CODE.eq(draft.categoryCode()))) {
                throw new UserFacingException("error.request.category");
            }
            if (draft.reworkOf().isPresent() && !tx.fetchExists(SERVICE_REQUEST, SERVICE_REQUEST.ID.eq(draft.reworkOf().get()))) {
                throw new UserFacingException("error.request.notFound", draft.reworkOf().get());
            }
            return new CheckedDraft(location, store.limits(tx, draft, now));
        });
    }


    /** A common area as stored, whatever the draft called it; retired areas are refused. */
    private static Location area(DSLContext tx, long areaId) {
        String name = tx.select(COMMON_AREA.NAME).from(COMMON_AREA).where(COMMON_AREA.ID.eq(areaId))
                .and(COMMON_AREA.ACTIVE.isTrue()).fetchOne(COMMON_AREA.NAME);
        if (name == null) {
            throw new UserFacingException("error.repair.noArea");
        }
        return Location.area(areaId, name);
    }
}
