package org.sitedesk.repair;

import static org.sitedesk.core.db.schema.Tables.COMMON_AREA;
import static org.sitedesk.core.db.schema.Tables.ENGINEER;
import static org.sitedesk.core.db.schema.Tables.HOUSEHOLD_PERSON;
import static org.sitedesk.core.db.schema.Tables.REPAIR_CATEGORY;
import static org.sitedesk.core.db.schema.Tables.REQUEST_COUNTER;
import static org.sitedesk.core.db.schema.Tables.REQUEST_ENGINEER;
import static org.sitedesk.core.db.schema.Tables.REQUEST_EVENT;
import static org.sitedesk.core.db.schema.Tables.REQUEST_HOLD;
import static org.sitedesk.core.db.schema.Tables.RETURN_VISIT;
import static org.sitedesk.core.db.schema.Tables.SERVICE_REQUEST;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.YearlyNumbers;
import org.sitedesk.core.db.schema.tables.records.RequestCounterRecord;
import org.sitedesk.core.db.schema.tables.records.ServiceRequestRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.id.PhoneNumber;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.fees.BillingService;

/**
 * 报事报修: logging a request with its number and time limits, and every move across the dispatch
 * board (dispatch, arrival, completion, hold, resume, cancel, reply, return visit, close), each one
 * transaction with its history row and audit entry. A paid repair's charge is posted to the unit's
 * fee account in the completion's transaction; an unsatisfied return visit opens a rework.
 */
public final class RequestService {
    /** The fee item code and name paid repairs are charged under (ledger data, in the site's language). */
    static final String CHARGE_CODE = "REPAIR";
    static final String CHARGE_NAME = "有偿维修";
    private static final YearlyNumbers<RequestCounterRecord> NUMBERS = new YearlyNumbers<>(REQUEST_COUNTER,
            REQUEST_COUNTER.REQUEST_YEAR, REQUEST_COUNTER.LAST_NUMBER, "BX-%d-%06d");
    private static final Duration BOARD_KEEPS_FINISHED = Duration.ofDays(3);
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);
    private static final int MAX_TEXT = 1000;
    private static final int MAX_REASON = 200;

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final RepairSettingsService settings;
    private final EstateService estate;
    private final BillingService billing;

    public RequestService(Transactions transactions, AuditLog audit, Clock clock, RepairSettingsService settings,
            EstateService estate, BillingService billing) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.estate = estate;
        this.billing = billing;
    }

    /** Logs a request: checked, numbered BX-year-000123, its two limits fixed from today's settings. */
    public ServiceRequest log(Actor actor, RequestDraft draft) {
        actor.require(Permission.LOG_REQUESTS);
        Instant now = clock.instant();
        Checked checked = check(draft, now);
        int year = LocalDate.now(clock).getYear();
        NUMBERS.prepareYear(transactions, year);
        return transactions.inTransaction(tx -> {
            ServiceRequest logged = insert(tx, actor, draft, checked, now, year);
            audit.record(tx, actor, RepairAuditAction.REQUEST_LOGGED, logged.number(), "type: " + draft.type().name()
                    + "; location: " + checked.location().name() + "; category: " + draft.categoryCode()
                    + "; priority: " + draft.priority().name() + logged.reworkOf().map(number -> "; rework_of: " + number)
                    .orElse(""));
            return logged;
        });
    }

    public Optional<ServiceRequest> find(String number) {
        String wanted = number == null ? "" : number.trim().toUpperCase(java.util.Locale.ROOT);
        return transactions.inTransaction(tx -> RequestReader.read(tx, SERVICE_REQUEST.REQUEST_NUMBER.eq(wanted)))
                .stream().findFirst();
    }

    public ServiceRequest request(long id) {
        return transactions.inTransaction(tx -> read(tx, id));
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

    /** 派工: one or more engineers; a request already dispatched can be given other engineers. */
    public ServiceRequest dispatch(Actor actor, long id, List<Long> engineerIds) {
        actor.require(Permission.WORK_REQUESTS);
        Set<Long> chosen = new LinkedHashSet<>(engineerIds == null ? List.of() : engineerIds);
        return transactions.inTransaction(tx -> {
            ServiceRequest request = locked(tx, id);
            if (!request.state().open()) {
                throw new UserFacingException("error.request.finished");
            }
            if (!request.type().worked()) {
                throw new UserFacingException("error.request.notWorked", request.type());
            }
            refuseWhileHeld(request);
            List<String> names = tx.select(ENGINEER.NAME).from(ENGINEER)
                    .where(ENGINEER.ID.in(chosen)).and(ENGINEER.ACTIVE.isTrue()).orderBy(ENGINEER.NAME).fetch(ENGINEER.NAME);
            if (names.size() != chosen.size()) {
                throw new UserFacingException("error.request.noEngineer");
            }
            boolean redispatch = request.state() == RequestState.DISPATCHED || request.state() == RequestState.ON_SITE;
            if (!redispatch) {
                refuseUnless(request, RequestState.DISPATCHED, facts(request, !chosen.isEmpty(), false));
            } else if (chosen.isEmpty()) {
                throw new UserFacingException("error.request.noEngineer");
            }
            tx.deleteFrom(REQUEST_ENGINEER).where(REQUEST_ENGINEER.REQUEST_ID.eq(id)).execute();
            for (Long engineer : chosen) {
                tx.insertInto(REQUEST_ENGINEER).set(REQUEST_ENGINEER.REQUEST_ID, id)
                        .set(REQUEST_ENGINEER.ENGINEER_ID, engineer).execute();
            }
            String who = String.join("、", names);
            if (redispatch) {
                event(tx, actor, id, request.state(), request.state(), "engineers: " + who);
            } else {
                tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.STATE, RequestState.DISPATCHED.name())
                        .set(SERVICE_REQUEST.DISPATCHED_AT, OffsetDateTime.now(clock))
                        .where(SERVICE_REQUEST.ID.eq(id)).execute();
                event(tx, actor, id, request.state(), RequestState.DISPATCHED, "engineers: " + who);
            }
            audit.record(tx, actor, RepairAuditAction.REQUEST_DISPATCHED, request.number(), "engineers: " + who);
            return read(tx, id);
        });
    }

    /** 到场 at the given time (the clerk's default is now); the arrival clock stops there. */
    public ServiceRequest arrive(Actor actor, long id, Instant at) {
        actor.require(Permission.WORK_REQUESTS);
        return transactions.inTransaction(tx -> {
            ServiceRequest request = locked(tx, id);
            refuseWhileHeld(request);
            refuseUnless(request, RequestState.ON_SITE, facts(request, false, false));
            Instant when = time(at, request.dispatchedAt().orElse(request.reportedAt()));
            tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.STATE, RequestState.ON_SITE.name())
                    .set(SERVICE_REQUEST.ARRIVED_AT, offset(when)).where(SERVICE_REQUEST.ID.eq(id)).execute();
            moved(tx, actor, request, RequestState.ON_SITE, RepairAuditAction.REQUEST_ARRIVED,
                    "at: " + offset(when).toLocalDateTime());
            return read(tx, id);
        });
    }

    /**
     * 完工 with the work done and materials; a paid repair at a unit posts its charge to the unit's
     * fee account in the same transaction, where the counter will find it.
     */
    public ServiceRequest complete(Actor actor, long id, Completion completion) {
        actor.require(Permission.WORK_REQUESTS);
        String work = text(completion.workDone(), "error.request.workDone", true);
        String materials = text(completion.materials(), "error.request.materials", false);
        Optional<BigDecimal> labour = completion.labourHours();
        if (labour.isPresent() && (labour.get().signum() < 0 || labour.get().compareTo(BigDecimal.valueOf(999)) > 0)) {
            throw new UserFacingException("error.request.labour");
        }
        return transactions.inTransaction(tx -> {
            ServiceRequest request = locked(tx, id);
            refuseWhileHeld(request);
            refuseUnless(request, RequestState.DONE, facts(request, false, false));
            Instant when = time(completion.at(), request.arrivedAt().orElse(request.reportedAt()));
            Optional<Money> charge = completion.charge().filter(Money::isPositive);
            if (request.paid() && charge.isEmpty()) {
                throw new UserFacingException("error.request.chargeNeeded");
            }
            if (!request.paid() && charge.isPresent()) {
                throw new UserFacingException("error.request.notPaid");
            }
            Long chargeId = null;
            if (charge.isPresent()) {
                long unitId = request.location().unitId().orElseThrow(() -> new UserFacingException("error.request.paidArea"));
                chargeId = billing.chargeOneOff(tx, unitId, CHARGE_CODE, CHARGE_NAME + " " + request.number(),
                        charge.get(), request.number());
            }
            tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.STATE, RequestState.DONE.name())
                    .set(SERVICE_REQUEST.COMPLETED_AT, offset(when)).set(SERVICE_REQUEST.WORK_DONE, work)
                    .set(SERVICE_REQUEST.MATERIALS, materials.isEmpty() ? null : materials)
                    .set(SERVICE_REQUEST.LABOUR_HOURS, labour.orElse(null))
                    .set(SERVICE_REQUEST.CHARGE_AMOUNT, charge.map(Money::amount).orElse(null))
                    .set(SERVICE_REQUEST.FEE_CHARGE_ID, chargeId)
                    .where(SERVICE_REQUEST.ID.eq(id)).execute();
            String summary = "at: " + offset(when).toLocalDateTime()
                    + charge.map(amount -> "; amount: " + amount.amount().toPlainString()).orElse("");
            moved(tx, actor, request, RequestState.DONE, RepairAuditAction.REQUEST_COMPLETED, summary);
            return read(tx, id);
        });
    }

    /**
     * Moves that need nothing typed: 已完工 → 待回访, 待回访 → 已关闭 (refused without a return visit),
     * and back from a hold. Other moves are refused with the reason {@link StateMove} gives, or
     * with the input they need.
     */
    public ServiceRequest move(Actor actor, long id, RequestState to) {
        actor.require(Permission.WORK_REQUESTS);
        return transactions.inTransaction(tx -> {
            ServiceRequest request = locked(tx, id);
            if (request.state() == RequestState.ON_HOLD && request.stateBeforeHold().orElse(null) == to) {
                return resume(tx, actor, request);
            }
            refuseUnless(request, to, facts(request, !request.engineers().isEmpty(), false));
            switch (to) {
                case RETURN_VISIT -> {
                    setState(tx, id, to);
                    event(tx, actor, id, request.state(), to, null);
                    audit.record(tx, actor, RepairAuditAction.REQUEST_MOVED, request.number(),
                            "state: " + request.state().name() + " → " + to.name());
                }
                case CLOSED -> closeRow(tx, actor, request, null);
                default -> throw new UserFacingException("error.request.needsInput", to);
            }
            return read(tx, id);
        });
    }

    /** 挂起 with a reason: both clocks stop until the request is resumed. */
    public ServiceRequest hold(Actor actor, long id, String reason) {
        actor.require(Permission.WORK_REQUESTS);
        String why = reason(reason);
        return transactions.inTransaction(tx -> {
            ServiceRequest request = locked(tx, id);
            refuseUnless(request, RequestState.ON_HOLD, facts(request, false, !why.isEmpty()));
            tx.insertInto(REQUEST_HOLD).set(REQUEST_HOLD.REQUEST_ID, id).set(REQUEST_HOLD.HELD_FROM, OffsetDateTime.now(clock))
                    .set(REQUEST_HOLD.REASON, why).set(REQUEST_HOLD.HELD_BY, actor.name()).execute();
            tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.STATE, RequestState.ON_HOLD.name())
                    .set(SERVICE_REQUEST.STATE_BEFORE_HOLD, request.state().name()).where(SERVICE_REQUEST.ID.eq(id)).execute();
            moved(tx, actor, request, RequestState.ON_HOLD, RepairAuditAction.REQUEST_HELD, "reason: " + why);
            return read(tx, id);
        });
    }

    /** Back from a hold to the column it was in; the clocks run again. */
    public ServiceRequest resume(Actor actor, long id) {
        actor.require(Permission.WORK_REQUESTS);
        return transactions.inTransaction(tx -> {
            ServiceRequest request = locked(tx, id);
            if (request.state() != RequestState.ON_HOLD) {
                throw new UserFacingException("error.request.notHeld");
            }
            return resume(tx, actor, request);
        });
    }

    /** 取消 with a reason (not once the work is done). */
    public ServiceRequest cancel(Actor actor, long id, String reason) {
        actor.require(Permission.WORK_REQUESTS);
        String why = reason(reason);
        return transactions.inTransaction(tx -> {
            ServiceRequest request = locked(tx, id);
            refuseUnless(request, RequestState.CANCELLED, facts(request, false, !why.isEmpty()));
            endHold(tx, id);
            tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.STATE, RequestState.CANCELLED.name())
                    .set(SERVICE_REQUEST.CANCEL_REASON, why).set(SERVICE_REQUEST.CLOSED_AT, OffsetDateTime.now(clock))
                    .where(SERVICE_REQUEST.ID.eq(id)).execute();
            moved(tx, actor, request, RequestState.CANCELLED, RepairAuditAction.REQUEST_CANCELLED, "reason: " + why);
            return read(tx, id);
        });
    }

    /**
     * 答复: a complaint's reply (its first clock, due the same day) with how it is being handled; an
     * enquiry, suggestion or praise is closed by its reply.
     */
    public ServiceRequest reply(Actor actor, long id, String text) {
        actor.require(Permission.VISIT_REQUESTS);
        String answer = text(text, "error.request.reply", true);
        return transactions.inTransaction(tx -> {
            ServiceRequest request = locked(tx, id);
            if (request.type() == RequestType.REPAIR) {
                throw new UserFacingException("error.request.repairNoReply");
            }
            if (!request.state().open()) {
                throw new UserFacingException("error.request.finished");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.REPLY, answer)
                    .set(SERVICE_REQUEST.REPLIED_AT, request.repliedAt().map(this::offset).orElse(now))
                    .where(SERVICE_REQUEST.ID.eq(id)).execute();
            audit.record(tx, actor, RepairAuditAction.REQUEST_REPLIED, request.number(), "reply: " + answer);
            if (!request.type().worked()) {
                refuseUnless(request, RequestState.CLOSED, new StateMove.Facts(false, false, true,
                        request.state(), true));
                closeRow(tx, actor, request, "reply");
            } else {
                event(tx, actor, id, request.state(), request.state(), "reply");
            }
            return read(tx, id);
        });
    }

    /**
     * 回访 of a done repair or complaint: recorded, and the request closed. An unsatisfied owner gets
     * a rework (返修) linked to it, on the board as new; the rework counts against this request's engineers.
     */
    public VisitOutcome recordVisit(Actor actor, long id, ReturnVisit visit) {
        actor.require(Permission.VISIT_REQUESTS);
        String comment = text(visit.comment(), "error.request.comment", false);
        if (visit.way() == null || visit.satisfaction() == null) {
            throw new UserFacingException("error.request.visitIncomplete");
        }
        String by = visit.by() == null || visit.by().isBlank() ? actor.displayName() : visit.by().trim();
        Instant now = clock.instant();
        int year = LocalDate.now(clock).getYear();
        NUMBERS.prepareYear(transactions, year);
        return transactions.inTransaction(tx -> {
            ServiceRequest request = locked(tx, id);
            if (request.visit().isPresent()) {
                throw new UserFacingException("error.request.visitedAlready");
            }
            if (request.state() != RequestState.DONE && request.state() != RequestState.RETURN_VISIT) {
                throw new UserFacingException("error.request.visitNotDone");
            }
            Instant when = time(visit.at(), request.completion().map(Completion::at).orElse(request.reportedAt()));
            tx.insertInto(RETURN_VISIT).set(RETURN_VISIT.REQUEST_ID, id).set(RETURN_VISIT.VISITED_AT, offset(when))
                    .set(RETURN_VISIT.VISITED_BY, by).set(RETURN_VISIT.WAY, visit.way().name())
                    .set(RETURN_VISIT.SATISFACTION, visit.satisfaction().score())
                    .set(RETURN_VISIT.COMMENT, comment.isEmpty() ? null : comment).execute();
            audit.record(tx, actor, RepairAuditAction.RETURN_VISIT_RECORDED, request.number(), "way: " + visit.way().name()
                    + "; satisfaction: " + visit.satisfaction().name());
            closeRow(tx, actor, request, "satisfaction: " + visit.satisfaction().name());
            Optional<ServiceRequest> rework = Optional.empty();
            if (visit.satisfaction().dissatisfied()) {
                RequestDraft again = new RequestDraft(request.type(), request.channel(), request.location(),
                        request.reporter(), request.phone(), request.categoryCode(), request.description(),
                        Priority.ORDINARY, Optional.empty(), false, Optional.of(id));
                Checked checked = new Checked(request.location(), limits(tx, again, now));
                ServiceRequest opened = insert(tx, actor, again, checked, now, year);
                audit.record(tx, actor, RepairAuditAction.REQUEST_LOGGED, opened.number(), "type: "
                        + opened.type().name() + "; location: " + opened.location().name() + "; rework_of: " + request.number());
                rework = Optional.of(opened);
            }
            return new VisitOutcome(read(tx, id), rework);
        });
    }

    /** Closes a request whose return visit is recorded. */
    public ServiceRequest close(Actor actor, long id) {
        return move(actor, id, RequestState.CLOSED);
    }

    /** The request's history, oldest first: who moved it where, when, and with what. */
    public List<RequestEvent> history(long id) {
        return transactions.inTransaction(tx -> tx.selectFrom(REQUEST_EVENT).where(REQUEST_EVENT.REQUEST_ID.eq(id))
                .orderBy(REQUEST_EVENT.ID)
                .fetch(row -> new RequestEvent(row.getOccurredAt().toInstant(), row.getActor(),
                        Optional.ofNullable(row.getFromState()).map(RequestState::valueOf),
                        RequestState.valueOf(row.getToState()), row.getNote() == null ? "" : row.getNote())));
    }

    private ServiceRequest insert(DSLContext tx, Actor actor, RequestDraft draft, Checked checked, Instant now, int year) {
        String number = NUMBERS.next(tx, year);
        ServiceRequestRecord row = tx.newRecord(SERVICE_REQUEST);
        row.setRequestNumber(number);
        row.setRequestType(draft.type().name());
        row.setChannel(draft.channel().name());
        row.setUnitId(checked.location().unitId().orElse(null));
        row.setCommonAreaId(checked.location().areaId().orElse(null));
        row.setLocation(checked.location().name());
        row.setReporter(draft.reporter().trim());
        row.setPhone(draft.phone() == null || draft.phone().isBlank() ? null : draft.phone().trim());
        row.setCategoryCode(draft.categoryCode());
        row.setDescription(draft.description().trim());
        row.setPriority(draft.priority().name());
        row.setAppointedAt(draft.appointedAt().map(time -> time.atZone(clock.getZone()).toOffsetDateTime()).orElse(null));
        row.setPaid(draft.paid());
        row.setState(RequestState.NEW.name());
        row.setReportedAt(offset(now));
        row.setLoggedBy(actor.name());
        row.setArriveMinutes((int) checked.limit().arrive().toMinutes());
        row.setFinishMinutes((int) checked.limit().finish().toMinutes());
        row.setReworkOf(draft.reworkOf().orElse(null));
        row.store();
        event(tx, actor, row.getId(), null, RequestState.NEW, null);
        return read(tx, row.getId());
    }

    /** Everything about a draft that can be refused before the transaction, with the field it names. */
    private Checked check(RequestDraft draft, Instant now) {
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
        text(draft.description(), "error.request.description", true);
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
            return new Checked(location, limits(tx, draft, now));
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

    /**
     * The limits a request is logged with. Complaints and enquiries are answered the same day, so
     * their first limit runs to midnight of the day they came in (DOMAIN.md "Repair service levels").
     */
    private TimeLimit limits(DSLContext tx, RequestDraft draft, Instant now) {
        TimeLimit configured = RepairSettingsService.load(tx).limitFor(draft.priority(), draft.categoryCode());
        if (draft.type() == RequestType.REPAIR) {
            return configured;
        }
        LocalDate day = now.atZone(clock.getZone()).toLocalDate();
        long toMidnight = Duration.between(now, day.plusDays(1).atStartOfDay(clock.getZone())).toMinutes();
        int arrive = (int) Math.max(1, toMidnight);
        return new TimeLimit(draft.priority(), draft.categoryCode(), arrive, Math.max(arrive, configured.finishMinutes()));
    }

    private ServiceRequest resume(DSLContext tx, Actor actor, ServiceRequest request) {
        RequestState back = request.stateBeforeHold().orElse(RequestState.NEW);
        endHold(tx, request.id());
        tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.STATE, back.name())
                .setNull(SERVICE_REQUEST.STATE_BEFORE_HOLD).where(SERVICE_REQUEST.ID.eq(request.id())).execute();
        event(tx, actor, request.id(), RequestState.ON_HOLD, back, null);
        audit.record(tx, actor, RepairAuditAction.REQUEST_RESUMED, request.number(), "state: " + back.name());
        return read(tx, request.id());
    }

    private void endHold(DSLContext tx, long id) {
        tx.update(REQUEST_HOLD).set(REQUEST_HOLD.HELD_UNTIL, OffsetDateTime.now(clock))
                .where(REQUEST_HOLD.REQUEST_ID.eq(id)).and(REQUEST_HOLD.HELD_UNTIL.isNull()).execute();
    }

    private void closeRow(DSLContext tx, Actor actor, ServiceRequest request, String note) {
        tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.STATE, RequestState.CLOSED.name())
                .set(SERVICE_REQUEST.CLOSED_AT, OffsetDateTime.now(clock)).where(SERVICE_REQUEST.ID.eq(request.id())).execute();
        event(tx, actor, request.id(), request.state(), RequestState.CLOSED, note);
        audit.record(tx, actor, RepairAuditAction.REQUEST_CLOSED, request.number(),
                "state: " + request.state().name() + " → " + RequestState.CLOSED.name());
    }

    private static void setState(DSLContext tx, long id, RequestState state) {
        tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.STATE, state.name()).where(SERVICE_REQUEST.ID.eq(id)).execute();
    }

    /** A move's history row and its audit entry, with the same words. */
    private void moved(DSLContext tx, Actor actor, ServiceRequest request, RequestState to, RepairAuditAction action,
            String summary) {
        event(tx, actor, request.id(), request.state(), to, summary);
        audit.record(tx, actor, action, request.number(), summary);
    }

    private void event(DSLContext tx, Actor actor, long id, RequestState from, RequestState to, String note) {
        tx.insertInto(REQUEST_EVENT).set(REQUEST_EVENT.REQUEST_ID, id).set(REQUEST_EVENT.OCCURRED_AT, OffsetDateTime.now(clock))
                .set(REQUEST_EVENT.ACTOR, actor.name()).set(REQUEST_EVENT.FROM_STATE, from == null ? null : from.name())
                .set(REQUEST_EVENT.TO_STATE, to.name()).set(REQUEST_EVENT.NOTE, note).execute();
    }

    private static StateMove.Facts facts(ServiceRequest request, boolean hasEngineer, boolean hasReason) {
        return new StateMove.Facts(hasEngineer, request.visit().isPresent(), hasReason,
                request.stateBeforeHold().orElse(null), false);
    }

    /** Work on hold is resumed first (the hold ends and the clocks run again), then moved on. */
    private static void refuseWhileHeld(ServiceRequest request) {
        if (request.state() == RequestState.ON_HOLD) {
            throw new UserFacingException("error.request.resumeFirst");
        }
    }

    private static void refuseUnless(ServiceRequest request, RequestState to, StateMove.Facts facts) {
        Optional<String> refusal = StateMove.refusal(request.state(), to, facts);
        if (refusal.isPresent()) {
            throw new UserFacingException(refusal.get());
        }
    }

    /** A recorded time: not in the future, not before the step it follows. */
    private Instant time(Instant at, Instant notBefore) {
        Instant now = clock.instant();
        Instant when = at == null ? now : at;
        if (when.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new UserFacingException("error.request.timeFuture");
        }
        if (when.isBefore(notBefore.minus(CLOCK_TOLERANCE))) {
            throw new UserFacingException("error.request.timeBefore", offset(notBefore).toLocalDateTime().withNano(0));
        }
        return when;
    }

    /** A hold's or a cancellation's reason, trimmed; whether one is needed at all is {@link StateMove}'s to say. */
    private static String reason(String reason) {
        String why = reason == null ? "" : reason.trim();
        if (why.length() > MAX_REASON) {
            throw new UserFacingException("error.request.reasonLength", MAX_REASON);
        }
        return why;
    }

    private static String text(String value, String refusal, boolean required) {
        String trimmed = value == null ? "" : value.trim();
        if ((required && trimmed.isEmpty()) || trimmed.length() > MAX_TEXT) {
            throw new UserFacingException(refusal, MAX_TEXT);
        }
        return trimmed;
    }

    private ServiceRequest locked(DSLContext tx, long id) {
        if (tx.select(SERVICE_REQUEST.ID).from(SERVICE_REQUEST).where(SERVICE_REQUEST.ID.eq(id)).forUpdate().fetchOne() == null) {
            throw new UserFacingException("error.request.notFound", id);
        }
        return read(tx, id);
    }

    private static ServiceRequest read(DSLContext tx, long id) {
        return RequestReader.read(tx, SERVICE_REQUEST.ID.eq(id)).stream().findFirst()
                .orElseThrow(() -> new UserFacingException("error.request.notFound", id));
    }

    private OffsetDateTime offset(Instant instant) {
        return instant.atZone(clock.getZone()).toOffsetDateTime();
    }

    /** A draft's place and limits once checked against the database. */
    private record Checked(Location location, TimeLimit limit) {
    }
}
