package org.sitedesk.renovation;

import static org.sitedesk.core.db.schema.Tables.RENOVATION;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_ACCEPTANCE;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_ACCEPTANCE_LINE;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_INSPECTION;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_NOTICE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * 巡查, 整改, 停工 and 竣工验收 (issue 18 items 5–6, Order No. 110 art. 17 and 30): an inspection with
 * a violation opens a rectification notice with a deadline; a follow-up closes the open notices or the
 * supervisor escalates to stop-work; acceptance is refused while a notice is open, and a failed line
 * opens a notice of its own. Stop-work and acceptance end the worker passes.
 */
public final class SiteChecks {
    private final RenovationStore store;
    private final WorkerPasses passes;
    private final RenovationArchive files;

    /** At most this many photos to an inspection (the column holds their hashes). */
    static final int MAX_PHOTOS = 10;

    SiteChecks(RenovationStore store, WorkerPasses passes, RenovationArchive files) {
        this.files = files;
        this.store = store;
        this.passes = passes;
    }

    /** Records an inspection; returns the notice it opened, if it found a violation. */
    public Optional<RectificationNotice> inspect(Actor actor, long id, InspectionDraft draft) {
        actor.require(Permission.INSPECT_RENOVATIONS);
        String findings = RenovationStore.text(draft.findings(), "error.renovation.findings", 1000, true);
        LocalDate today = LocalDate.now(store.clock());
        LocalDate on = draft.on() == null ? today : draft.on();
        if (on.isAfter(today)) {
            throw new UserFacingException("error.renovation.inspectedLater", today);
        }
        String correction = draft.correction().map(String::trim).filter(text -> !text.isEmpty()).orElse(findings);
        if (draft.violation() && (draft.deadline().isEmpty() || draft.deadline().get().isBefore(on))) {
            throw new UserFacingException("error.renovation.deadline", on);
        }
        if (draft.violation() && draft.rectified()) {
            throw new UserFacingException("error.renovation.violationAndRectified");
        }
        if (draft.photos().size() > MAX_PHOTOS) {
            throw new UserFacingException("error.renovation.tooManyPhotos", MAX_PHOTOS);
        }
        // checked by content and stored under their hash before the row: a refused file stores nothing
        List<String> photos = draft.photos().stream().map(files::store).map(stored -> stored.hash() + ":" + stored.type())
                .toList();
        return store.transactions().inTransaction(tx -> {
            Renovation renovation = store.locked(tx, id);
            if (!renovation.state().underWay()) {
                throw new UserFacingException("error.renovation.state", renovation.number(), renovation.state());
            }
            long inspection = tx.insertInto(RENOVATION_INSPECTION).set(RENOVATION_INSPECTION.RENOVATION_ID, id)
                    .set(RENOVATION_INSPECTION.INSPECTED_ON, on).set(RENOVATION_INSPECTION.INSPECTOR, actor.name())
                    .set(RENOVATION_INSPECTION.FINDINGS, findings).set(RENOVATION_INSPECTION.VIOLATION, draft.violation())
                    .set(RENOVATION_INSPECTION.PHOTOS, photos.isEmpty() ? null : String.join(",", photos))
                    .set(RENOVATION_INSPECTION.RECORDED_AT, store.now()).returning(RENOVATION_INSPECTION.ID).fetchOne().getId();
            store.audit(tx, actor, RenovationAuditAction.INSPECTION_RECORDED, renovation, "on: " + on + "; violation: "
                    + draft.violation() + "; rectified: " + draft.rectified());
            if (draft.rectified()) {
                closeNotices(tx, actor, renovation);
            }
            if (!draft.violation()) {
                return Optional.<RectificationNotice>empty();
            }
            return Optional.of(openNotice(tx, actor, renovation, inspection, correction, draft.deadline().get()));
        });
    }

    /** 停工: a notice not complied with is escalated; the permit ends and so do the worker passes. */
    public Renovation stopWork(Actor actor, long id, String reason) {
        actor.require(Permission.APPROVE_RENOVATIONS);
        String why = RenovationStore.text(reason, "error.renovation.reason", 200, true);
        Renovation stopped = store.transactions().inTransaction(tx -> {
            Renovation renovation = store.locked(tx, id);
            if (!renovation.state().underWay()) {
                throw new UserFacingException("error.renovation.state", renovation.number(), renovation.state());
            }
            tx.update(RENOVATION_NOTICE).set(RENOVATION_NOTICE.NOTICE_STATE, NoticeState.ESCALATED.name())
                    .set(RENOVATION_NOTICE.CLOSED_AT, store.now()).set(RENOVATION_NOTICE.CLOSED_BY, actor.name())
                    .where(RENOVATION_NOTICE.RENOVATION_ID.eq(id)).and(RENOVATION_NOTICE.NOTICE_STATE.eq(NoticeState.OPEN.name()))
                    .execute();
            tx.update(RENOVATION).set(RENOVATION.STATE, RenovationState.STOPPED.name()).set(RENOVATION.ENDED_AT, store.now())
                    .set(RENOVATION.END_REASON, why).set(RENOVATION.ROW_VERSION, RENOVATION.ROW_VERSION.plus(1))
                    .where(RENOVATION.ID.eq(id)).execute();
            store.audit(tx, actor, RenovationAuditAction.WORK_STOPPED, renovation, "reason: " + why);
            return RenovationStore.read(tx, id);
        });
        passes.end(actor, stopped, why);
        return stopped;
    }

    /** The works are finished: 待验收. */
    public Renovation completed(Actor actor, long id) {
        actor.require(Permission.REGISTER_RENOVATIONS);
        return store.transactions().inTransaction(tx -> {
            Renovation renovation = store.locked(tx, id);
            RenovationStore.require(renovation, RenovationState.IN_PROGRESS);
            store.move(tx, renovation, RenovationState.AWAITING_ACCEPTANCE);
            store.audit(tx, actor, RenovationAuditAction.WORKS_COMPLETED, renovation, "");
            return RenovationStore.read(tx, id);
        });
    }

    /**
     * 竣工验收 (art. 30): refused while a rectification notice is open; every line passed ends the
     * permit (已验收, passes ended); a failed line opens a notice naming the failed lines.
     */
    public Acceptance accept(Actor actor, long id, List<AcceptanceLine> lines, LocalDate deadlineIfFailed) {
        actor.require(Permission.INSPECT_RENOVATIONS);
        if (lines.isEmpty()) {
            throw new UserFacingException("error.renovation.checklist");
        }
        LocalDate today = LocalDate.now(store.clock());
        boolean passed = lines.stream().allMatch(AcceptanceLine::passed);
        Acceptance acceptance = store.transactions().inTransaction(tx -> {
            Renovation renovation = store.locked(tx, id);
            RenovationStore.require(renovation, RenovationState.IN_PROGRESS, RenovationState.AWAITING_ACCEPTANCE,
                    RenovationState.RECTIFYING);
            List<String> open = tx.select(RENOVATION_NOTICE.NOTICE_NUMBER).from(RENOVATION_NOTICE)
                    .where(RENOVATION_NOTICE.RENOVATION_ID.eq(id)).and(RENOVATION_NOTICE.NOTICE_STATE.eq(NoticeState.OPEN.name()))
                    .fetch(RENOVATION_NOTICE.NOTICE_NUMBER);
            if (!open.isEmpty()) {
                throw new UserFacingException("error.renovation.noticeOpen", renovation.number(), String.join("、", open));
            }
            long acceptanceId = tx.insertInto(RENOVATION_ACCEPTANCE).set(RENOVATION_ACCEPTANCE.RENOVATION_ID, id)
                    .set(RENOVATION_ACCEPTANCE.ACCEPTED_ON, today).set(RENOVATION_ACCEPTANCE.INSPECTOR, actor.name())
                    .set(RENOVATION_ACCEPTANCE.PASSED, passed).set(RENOVATION_ACCEPTANCE.RECORDED_AT, store.now())
                    .returning(RENOVATION_ACCEPTANCE.ID).fetchOne().getId();
            for (int i = 0; i < lines.size(); i++) {
                tx.insertInto(RENOVATION_ACCEPTANCE_LINE).set(RENOVATION_ACCEPTANCE_LINE.ACCEPTANCE_ID, acceptanceId)
                        .set(RENOVATION_ACCEPTANCE_LINE.LINE_NO, i + 1)
                        .set(RENOVATION_ACCEPTANCE_LINE.ITEM, RenovationStore.text(lines.get(i).item(), "error.renovation.checklist", 60, true))
                        .set(RENOVATION_ACCEPTANCE_LINE.PASSED, lines.get(i).passed()).execute();
            }
            if (passed) {
                tx.update(RENOVATION).set(RENOVATION.STATE, RenovationState.ACCEPTED.name()).set(RENOVATION.ENDED_AT, store.now())
                        .set(RENOVATION.ROW_VERSION, RENOVATION.ROW_VERSION.plus(1)).where(RENOVATION.ID.eq(id)).execute();
            } else {
                String failed = lines.stream().filter(line -> !line.passed()).map(AcceptanceLine::item)
                        .collect(Collectors.joining("、"));
                LocalDate deadline = deadlineIfFailed == null || deadlineIfFailed.isBefore(today) ? today.plusDays(7) : deadlineIfFailed;
                openNotice(tx, actor, renovation, null, failed, deadline);
            }
            store.audit(tx, actor, RenovationAuditAction.ACCEPTANCE_RECORDED, renovation, "passed: " + passed);
            return RenovationLookup.acceptances(tx, id).get(0);
        });
        if (passed) {
            Renovation ended = store.transactions().inTransaction(tx -> RenovationStore.read(tx, id));
            passes.end(actor, ended, "竣工验收");
        }
        return acceptance;
    }

    private RectificationNotice openNotice(DSLContext tx, Actor actor, Renovation renovation, Long inspection, String correction,
            LocalDate deadline) {
        int count = tx.fetchCount(RENOVATION_NOTICE, RENOVATION_NOTICE.RENOVATION_ID.eq(renovation.id()));
        String number = String.format("%s-ZG%02d", renovation.number(), count + 1);
        String text = correction.length() > 1000 ? correction.substring(0, 1000) : correction;
        long noticeId = tx.insertInto(RENOVATION_NOTICE).set(RENOVATION_NOTICE.RENOVATION_ID, renovation.id())
                .set(RENOVATION_NOTICE.INSPECTION_ID, inspection).set(RENOVATION_NOTICE.NOTICE_NUMBER, number)
                .set(RENOVATION_NOTICE.CORRECTION, text).set(RENOVATION_NOTICE.DEADLINE, deadline)
                .set(RENOVATION_NOTICE.NOTICE_STATE, NoticeState.OPEN.name()).set(RENOVATION_NOTICE.ISSUED_AT, store.now())
                .set(RENOVATION_NOTICE.ISSUED_BY, actor.name()).returning(RENOVATION_NOTICE.ID).fetchOne().getId();
        if (renovation.state() != RenovationState.RECTIFYING) {
            tx.update(RENOVATION).set(RENOVATION.STATE_BEFORE_NOTICE, renovation.state().name())
                    .set(RENOVATION.STATE, RenovationState.RECTIFYING.name())
                    .set(RENOVATION.ROW_VERSION, RENOVATION.ROW_VERSION.plus(1)).where(RENOVATION.ID.eq(renovation.id())).execute();
        }
        store.audit(tx, actor, RenovationAuditAction.NOTICE_ISSUED, renovation, "notice: " + number + "; deadline: " + deadline);
        return RenovationLookup.notices(tx, renovation.id()).stream().filter(notice -> notice.id() == noticeId).findFirst()
                .orElseThrow();
    }

    private void closeNotices(DSLContext tx, Actor actor, Renovation renovation) {
        int closed = tx.update(RENOVATION_NOTICE).set(RENOVATION_NOTICE.NOTICE_STATE, NoticeState.CLOSED.name())
                .set(RENOVATION_NOTICE.CLOSED_AT, store.now()).set(RENOVATION_NOTICE.CLOSED_BY, actor.name())
                .where(RENOVATION_NOTICE.RENOVATION_ID.eq(renovation.id()))
                .and(RENOVATION_NOTICE.NOTICE_STATE.eq(NoticeState.OPEN.name())).execute();
        if (closed == 0) {
            throw new UserFacingException("error.renovation.noOpenNotice", renovation.number());
        }
        String before = tx.select(RENOVATION.STATE_BEFORE_NOTICE).from(RENOVATION).where(RENOVATION.ID.eq(renovation.id()))
                .fetchOne(RENOVATION.STATE_BEFORE_NOTICE);
        RenovationState back = before == null || RenovationState.valueOf(before) == RenovationState.RECTIFYING
                ? RenovationState.IN_PROGRESS : RenovationState.valueOf(before);
        tx.update(RENOVATION).set(RENOVATION.STATE, back.name()).set(RENOVATION.STATE_BEFORE_NOTICE, (String) null)
                .set(RENOVATION.ROW_VERSION, RENOVATION.ROW_VERSION.plus(1)).where(RENOVATION.ID.eq(renovation.id())).execute();
        store.audit(tx, actor, RenovationAuditAction.NOTICES_CLOSED, renovation, "notices: " + closed);
    }
}
