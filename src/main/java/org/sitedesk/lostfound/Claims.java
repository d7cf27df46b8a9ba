package org.sitedesk.lostfound;

import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM;
import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM_CLAIM;
import static org.sitedesk.core.db.schema.Tables.LOST_REPORT;

import java.util.Locale;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.id.PhoneNumber;
import org.sitedesk.core.id.ResidentIdNumber;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.IdType;

/**
 * 认领 (DOMAIN.md "Lost and found" 4): the claimant's identity document is checked (a resident ID by
 * GB 11643) and kept, shown masked; how they proved the item theirs, what they got back, when and
 * from whom are recorded, and the owner's lost report is closed with it. Only an item still here can
 * be claimed: one with the police is claimed at the station, and after the year of 318 the item is
 * no longer the site's to return. A necessary cost (317) is only noted: the site charges no fee for it.
 */
public final class Claims {
    private static final int MAX_ID = 40;
    private static final int MAX_TEXT = 500;
    private static final int MAX_COST = 200;

    private final Transactions transactions;
    private final AuditLog audit;
    private final ItemStore store;

    Claims(Transactions transactions, AuditLog audit, ItemStore store) {
        this.transactions = transactions;
        this.audit = audit;
        this.store = store;
    }

    public FoundItem claim(Actor actor, String itemNumber, ClaimDraft draft) {
        actor.require(Permission.HANDLE_LOST_AND_FOUND);
        String claimant = ItemStore.text(draft.claimant(), "error.lost.claimant", true, FoundItemIntake.MAX_NAME);
        String idNumber = idNumber(draft.idType(), draft.idNumber());
        String phone = ItemStore.text(draft.phone(), "error.lost.finderPhone", false, 20);
        if (!phone.isEmpty() && !PhoneNumber.isValid(phone)) {
            throw new UserFacingException("error.lost.phoneForm", phone);
        }
        String proof = ItemStore.text(draft.proof(), "error.lost.proof", false, MAX_TEXT);
        String returned = ItemStore.text(draft.returned(), "error.lost.returned", false, MAX_TEXT);
        String cost = ItemStore.text(draft.costNote(), "error.lost.costNote", false, MAX_COST);
        return transactions.inTransaction(tx -> {
            FoundItem item = store.locked(tx, itemNumber);
            store.refuseUnlessHeld(item);
            if (item.noticePosted().isPresent() && item.valueClass() != ValueClass.PERISHABLE
                    && item.isDue(store.today())) {
                throw new UserFacingException("error.lost.yearOver", item.number(),
                        ClaimPeriod.yearEndsOn(item.noticePosted().get()));
            }
            if (draft.lostReportId().isPresent()
                    && ItemStore.lockedReportState(tx, draft.lostReportId().get()) != ReportState.OPEN) {
                throw new UserFacingException("error.lost.reportClosed");
            }
            String given = returned.isEmpty() ? wholeItem(item) : returned;
            tx.insertInto(FOUND_ITEM_CLAIM).set(FOUND_ITEM_CLAIM.FOUND_ITEM_ID, item.id())
                    .set(FOUND_ITEM_CLAIM.CLAIMANT, claimant).set(FOUND_ITEM_CLAIM.ID_TYPE, draft.idType().name())
                    .set(FOUND_ITEM_CLAIM.ID_NUMBER, idNumber).set(FOUND_ITEM_CLAIM.PHONE, ItemStore.orNull(phone))
                    .set(FOUND_ITEM_CLAIM.PROOF, ItemStore.orNull(proof)).set(FOUND_ITEM_CLAIM.RETURNED, given)
                    .set(FOUND_ITEM_CLAIM.COST_NOTE, ItemStore.orNull(cost)).set(FOUND_ITEM_CLAIM.CLAIMED_AT, store.now())
                    .set(FOUND_ITEM_CLAIM.HANDED_BY, actor.name()).execute();
            tx.update(FOUND_ITEM).set(FOUND_ITEM.STATE, ItemState.CLAIMED.name()).where(FOUND_ITEM.ID.eq(item.id())).execute();
            String closed = "";
            if (draft.lostReportId().isPresent()) {
                long reportId = draft.lostReportId().get();
                tx.update(LOST_REPORT).set(LOST_REPORT.STATE, ReportState.RETURNED.name())
                        .set(LOST_REPORT.CLOSED_AT, store.now()).set(LOST_REPORT.FOUND_ITEM_ID, item.id())
                        .where(LOST_REPORT.ID.eq(reportId)).execute();
                String report = tx.select(LOST_REPORT.REPORT_NUMBER).from(LOST_REPORT).where(LOST_REPORT.ID.eq(reportId))
                        .fetchOne(LOST_REPORT.REPORT_NUMBER);
                audit.record(tx, actor, LostFoundAuditAction.LOST_REPORT_CLOSED, report,
                        "state: " + ReportState.RETURNED.name() + "; found_item: " + item.number());
                closed = "; report: " + report;
            }
            audit.record(tx, actor, LostFoundAuditAction.ITEM_CLAIMED, item.number(), "name: " + claimant + "; id_type: "
                    + draft.idType().name() + "; id_number: " + draft.idType().mask(idNumber) + closed
                    + (cost.isEmpty() ? "" : "; cost: " + cost));
            return store.read(tx, item.id());
        });
    }

    /**
     * The claimant's document number in full, for a role that needs it (DOMAIN.md, personal information
     * 2); every such view is audited.
     */
    public String revealIdNumber(Actor actor, String itemNumber) {
        actor.require(Permission.VIEW_PERSONAL_DATA);
        return transactions.inTransaction(tx -> {
            FoundItem item = store.locked(tx, itemNumber);
            String number = tx.select(FOUND_ITEM_CLAIM.ID_NUMBER).from(FOUND_ITEM_CLAIM)
                    .where(FOUND_ITEM_CLAIM.FOUND_ITEM_ID.eq(item.id())).fetchOne(FOUND_ITEM_CLAIM.ID_NUMBER);
            if (number == null) {
                throw new UserFacingException("error.lost.notClaimed", item.number());
            }
            audit.record(tx, actor, LostFoundAuditAction.CLAIMANT_ID_VIEWED, item.number(),
                    "name: " + item.claim().map(Claim::claimant).orElse(""));
            return number;
        });
    }

    /** The document number checked: a resident ID by GB 11643, any other document as typed. */
    private String idNumber(IdType type, String typed) {
        if (type == null) {
            throw new UserFacingException("error.lost.idType");
        }
        String number = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (number.isEmpty() || number.length() > MAX_ID) {
            throw new UserFacingException("error.lost.idNumber", MAX_ID);
        }
        if (type.isChecked()) {
            ResidentIdNumber.check(number, store.today()).ifPresent(problem -> {
                throw new UserFacingException(problem.messageKey());
            });
        }
        return number;
    }

    /** What the clerk hands back when nothing else is written: the item as registered, with its cash. */
    private static String wholeItem(FoundItem item) {
        return item.description() + item.cash().map(cash -> "（¥" + cash + "）").orElse("");
    }
}
