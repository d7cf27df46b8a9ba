package org.sitedesk.lostfound;

import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM;
import static org.sitedesk.core.db.schema.Tables.LOST_CATEGORY;
import static org.sitedesk.core.db.schema.Tables.LOST_REPORT;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.schema.tables.records.LostReportRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.id.PhoneNumber;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.DisplayNames;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.RoomCode;

/**
 * 挂失登记: an owner or visitor reports something lost (numbered GS-year-000123); open reports are
 * matched with found items ({@link Matching}) until one is returned on a claim or the report is withdrawn.
 */
public final class LostReports {
    private static final int MAX_DESCRIPTION = 500;
    private static final int MAX_NOTE = 200;

    private final Transactions transactions;
    private final AuditLog audit;
    private final ItemStore store;
    private final EstateService estate;

    LostReports(Transactions transactions, AuditLog audit, ItemStore store, EstateService estate) {
        this.transactions = transactions;
        this.audit = audit;
        this.store = store;
        this.estate = estate;
    }

    public LostReport log(Actor actor, LostReportDraft draft) {
        actor.require(Permission.HANDLE_LOST_AND_FOUND);
        String reporter = ItemStore.text(draft.reporter(), "error.lost.reporter", true, FoundItemIntake.MAX_NAME);
        String phone = ItemStore.text(draft.phone(), "error.lost.finderPhone", false, 20);
        if (!phone.isEmpty() && !PhoneNumber.isValid(phone)) {
            throw new UserFacingException("error.lost.phoneForm", phone);
        }
        String room = room(draft.room());
        String description = ItemStore.text(draft.description(), "error.lost.reportDescription", true, MAX_DESCRIPTION);
        String place = ItemStore.text(draft.lostPlace(), "error.lost.foundPlace", false, FoundItemIntake.MAX_PLACE);
        if (draft.categoryCode() == null || draft.categoryCode().isBlank()) {
            throw new UserFacingException("error.lost.categoryRequired");
        }
        if (draft.lostFrom() == null || draft.lostTo() == null || draft.lostTo().isBefore(draft.lostFrom())) {
            throw new UserFacingException("error.lost.lostDays");
        }
        if (draft.lostTo().isAfter(store.today())) {
            throw new UserFacingException("error.lost.lostFuture");
        }
        int year = store.prepareReportYear();
        return transactions.inTransaction(tx -> {
            ItemCategory category = LostFoundSettingsService.activeCategory(tx, draft.categoryCode());
            LostReportRecord row = tx.newRecord(LOST_REPORT);
            row.setReportNumber(store.nextReportNumber(tx, year));
            row.setReporter(reporter);
            row.setPhone(ItemStore.orNull(phone));
            row.setRoom(ItemStore.orNull(room));
            row.setDescription(description);
            row.setCategoryCode(category.code());
            row.setLostPlace(ItemStore.orNull(place));
            row.setLostFrom(draft.lostFrom());
            row.setLostTo(draft.lostTo());
            row.setReportedAt(store.now());
            row.setReportedBy(actor.name());
            row.setState(ReportState.OPEN.name());
            row.store();
            audit.record(tx, actor, LostFoundAuditAction.LOST_REPORT_LOGGED, row.getReportNumber(), "category: "
                    + category.code() + "; lost_days: " + draft.lostFrom() + " ~ " + draft.lostTo()
                    + (room.isEmpty() ? "" : "; room: " + room));
            return read(tx, LOST_REPORT.ID.eq(row.getId())).get(0);
        });
    }

    /** The owner no longer looks for it (found it elsewhere): the report is closed with a note, never deleted. */
    public LostReport withdraw(Actor actor, long reportId, String note) {
        actor.require(Permission.HANDLE_LOST_AND_FOUND);
        String why = ItemStore.text(note, "error.lost.noteLength", false, MAX_NOTE);
        return transactions.inTransaction(tx -> {
            if (ItemStore.lockedReportState(tx, reportId) != ReportState.OPEN) {
                throw new UserFacingException("error.lost.reportClosed");
            }
            tx.update(LOST_REPORT).set(LOST_REPORT.STATE, ReportState.WITHDRAWN.name()).set(LOST_REPORT.CLOSED_AT, store.now())
                    .set(LOST_REPORT.CLOSED_NOTE, ItemStore.orNull(why)).where(LOST_REPORT.ID.eq(reportId)).execute();
            LostReport report = read(tx, LOST_REPORT.ID.eq(reportId)).get(0);
            audit.record(tx, actor, LostFoundAuditAction.LOST_REPORT_CLOSED, report.number(),
                    "state: " + ReportState.WITHDRAWN.name() + (why.isEmpty() ? "" : "; reason: " + why));
            return report;
        });
    }

    /** Open reports, or every report with {@code closedToo}, newest first. */
    public List<LostReport> list(Actor actor, boolean closedToo) {
        actor.require(Permission.HANDLE_LOST_AND_FOUND);
        Condition where = closedToo ? LOST_REPORT.ID.isNotNull() : LOST_REPORT.STATE.eq(ReportState.OPEN.name());
        return transactions.inTransaction(tx -> read(tx, where));
    }

    public Optional<LostReport> find(Actor actor, String number) {
        actor.require(Permission.HANDLE_LOST_AND_FOUND);
        return transactions.inTransaction(tx -> read(tx, LOST_REPORT.REPORT_NUMBER.eq(ItemStore.normalized(number))))
                .stream().findFirst();
    }

    /** The lost report an item was given back on, if a claim answered one. */
    public Optional<LostReport> returnedWith(Actor actor, String itemNumber) {
        actor.require(Permission.HANDLE_LOST_AND_FOUND);
        return transactions.inTransaction(tx -> read(tx, FOUND_ITEM.ITEM_NUMBER.eq(ItemStore.normalized(itemNumber))))
                .stream().findFirst();
    }

    static List<LostReport> read(DSLContext tx, Condition where) {
        return tx.select(LOST_REPORT.asterisk(), LOST_CATEGORY.asterisk(), FOUND_ITEM.ITEM_NUMBER).from(LOST_REPORT)
                .join(LOST_CATEGORY).on(LOST_CATEGORY.CODE.eq(LOST_REPORT.CATEGORY_CODE))
                .leftJoin(FOUND_ITEM).on(FOUND_ITEM.ID.eq(LOST_REPORT.FOUND_ITEM_ID))
                .where(where)
                .orderBy(LOST_REPORT.REPORTED_AT.desc(), LOST_REPORT.ID.desc())
                .fetch(row -> report(tx, row));
    }

    private static LostReport report(DSLContext tx, Record row) {
        return new LostReport(row.get(LOST_REPORT.ID), row.get(LOST_REPORT.REPORT_NUMBER), row.get(LOST_REPORT.REPORTER),
                ItemReader.text(row.get(LOST_REPORT.PHONE)), ItemReader.text(row.get(LOST_REPORT.ROOM)),
                row.get(LOST_REPORT.DESCRIPTION),
                new ItemCategory(row.get(LOST_CATEGORY.CODE), row.get(LOST_CATEGORY.NAME), row.get(LOST_CATEGORY.SORT_ORDER),
                        row.get(LOST_CATEGORY.TO_POLICE), row.get(LOST_CATEGORY.ACTIVE)),
                ItemReader.text(row.get(LOST_REPORT.LOST_PLACE)), row.get(LOST_REPORT.LOST_FROM), row.get(LOST_REPORT.LOST_TO),
                row.get(LOST_REPORT.REPORTED_AT).toInstant(), DisplayNames.of(tx, row.get(LOST_REPORT.REPORTED_BY)),
                ReportState.valueOf(row.get(LOST_REPORT.STATE)), ItemReader.text(row.get(LOST_REPORT.CLOSED_NOTE)),
                Optional.ofNullable(row.get(FOUND_ITEM.ITEM_NUMBER)));
    }

    /** An owner's room, when given, as the estate spells it; an unknown room is refused. */
    private String room(String typed) {
        String text = typed == null ? "" : typed.trim();
        if (text.isEmpty()) {
            return "";
        }
        RoomCode code = RoomCode.parse(text).orElseThrow(() -> new UserFacingException("error.lost.room", text));
        return estate.unit(code).map(unit -> unit.room().toString())
                .orElseThrow(() -> new UserFacingException("error.lost.room", text));
    }
}
