package org.sitedesk.repair;

import static org.sitedesk.core.db.schema.Tables.RETURN_VISIT;
import static org.sitedesk.core.db.schema.Tables.SERVICE_REQUEST;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.repair.RequestStore.CheckedDraft;

/**
 * After the work: 答复 of complaints and enquiries, and 回访 of done work, which closes the request;
 * an unsatisfied owner gets a rework (返修) linked to it.
 */
public final class RequestFollowUp {
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final RequestStore store;

    RequestFollowUp(Transactions transactions, AuditLog audit, Clock clock, RequestStore store) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.store = store;
    }


    /**
     * 答复: a complaint's reply (its first clock, due the same day) with how it is being handled; an
     * enquiry, suggestion or praise is closed by its reply.
     */
    public ServiceRequest reply(Actor actor, long id, String text) {
        actor.require(Permission.VISIT_REQUESTS);
        String answer = RequestStore.text(text, "error.request.reply", true);
        return transactions.inTransaction(tx -> {
            ServiceRequest request = store.locked(tx, id);
            if (request.type() == RequestType.REPAIR) {
                throw new UserFacingException("error.request.repairNoReply");
            }
            if (!request.state().open()) {
                throw new UserFacingException("error.request.finished");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            tx.update(SERVICE_REQUEST).set(SERVICE_REQUEST.REPLY, answer)
                    .set(SERVICE_REQUEST.REPLIED_AT, request.repliedAt().map(store::offset).orElse(now))
                    .where(SERVICE_REQUEST.ID.eq(id)).execute();
            audit.record(tx, actor, RepairAuditAction.REQUEST_REPLIED, request.number(), "reply: " + answer);
            if (!request.type().worked()) {
                RequestStore.refuseUnless(request, RequestState.CLOSED, new StateMove.Facts(false, false, true,
                        request.state(), true));
                store.closeRow(tx, actor, request, "reply");
            } else {
                store.event(tx, actor, id, request.state(), request.state(), "reply");
            }
            return RequestStore.read(tx, id);
        });
    }


    /**
     * 回访 of a done repair or complaint: recorded, and the request closed. An unsatisfied owner gets
     * a rework (返修) linked to it, on the board as new; the rework counts against this request's engineers.
     */
    public VisitOutcome recordVisit(Actor actor, long id, ReturnVisit visit) {
        actor.require(Permission.VISIT_REQUESTS);
        String comment = RequestStore.text(visit.comment(), "error.request.comment", false);
        if (visit.way() == null || visit.satisfaction() == null) {
            throw new UserFacingException("error.request.visitIncomplete");
        }
        String by = visit.by() == null || visit.by().isBlank() ? actor.displayName() : visit.by().trim();
        Instant now = clock.instant();
        int year = LocalDate.now(clock).getYear();
        store.prepareNumbers(year);
        return transactions.inTransaction(tx -> {
            ServiceRequest request = store.locked(tx, id);
            if (request.visit().isPresent()) {
                throw new UserFacingException("error.request.visitedAlready");
            }
            if (request.state() != RequestState.DONE && request.state() != RequestState.RETURN_VISIT) {
                throw new UserFacingException("error.request.visitNotDone");
            }
            Instant when = store.time(visit.at(), request.completion().map(Completion::at).orElse(request.reportedAt()));
            tx.insertInto(RETURN_VISIT).set(RETURN_VISIT.REQUEST_ID, id).set(RETURN_VISIT.VISITED_AT, store.offset(when))
                    .set(RETURN_VISIT.VISITED_BY, by).set(RETURN_VISIT.WAY, visit.way().name())
                    .set(RETURN_VISIT.SATISFACTION, visit.satisfaction().score())
                    .set(RETURN_VISIT.COMMENT, comment.isEmpty() ? null : comment).execute();
            audit.record(tx, actor, RepairAuditAction.RETURN_VISIT_RECORDED, request.number(), "way: " + visit.way().name()
                    + "; satisfaction: " + visit.satisfaction().name());
            store.closeRow(tx, actor, request, "satisfaction: " + visit.satisfaction().name());
            Optional<ServiceRequest> rework = Optional.empty();
            if (visit.satisfaction().dissatisfied()) {
                RequestDraft again = new RequestDraft(request.type(), request.channel(), request.location(),
                        request.reporter(), request.phone(), request.categoryCode(), request.description(),
                        Priority.ORDINARY, Optional.empty(), false, Optional.of(id));
                CheckedDraft checked = new CheckedDraft(request.location(), store.limits(tx, again, now));
                ServiceRequest opened = store.insert(tx, actor, again, checked, now, year);
                audit.record(tx, actor, RepairAuditAction.REQUEST_LOGGED, opened.number(), "type: "
                        + opened.type().name() + "; location: " + opened.location().name() + "; rework_of: " + request.number());
                rework = Optional.of(opened);
            }
            return new VisitOutcome(RequestStore.read(tx, id), rework);
        });
    }
}
