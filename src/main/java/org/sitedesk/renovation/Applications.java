package org.sitedesk.renovation;

import static org.sitedesk.core.db.schema.Tables.RENOVATION;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_DOCUMENT;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_SCOPE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.id.MobileNumber;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.Unit;

/**
 * 装修申请 and 审核 (issue 18 items 1–3): registering an application with its scope and checklist,
 * ticking or attaching documents, submitting it, and the supervisor's approval or rejection. Approval
 * is refused while a document is missing (art. 14) or a scope item touching an art. 5 prohibition lacks
 * the document it needs, naming each; an approval posts the deposit and fees to the unit's fee account
 * and files the application into the unit's archive.
 */
public final class Applications {
    private static final int MAX_REASON = 200;

    private final RenovationStore store;
    private final RenovationLists lists;
    private final EstateService units;
    private final RenovationCharges charges;
    private final RenovationArchive archive;

    Applications(RenovationStore store, RenovationLists lists, EstateService units, RenovationCharges charges,
            RenovationArchive archive) {
        this.store = store;
        this.lists = lists;
        this.units = units;
        this.charges = charges;
        this.archive = archive;
    }

    /** Registers an application; {@code submit} sends it for review at once (待审核), else it stays 申请. */
    public Renovation apply(Actor actor, ApplicationDraft draft, boolean submit) {
        actor.require(Permission.REGISTER_RENOVATIONS);
        Unit unit = units.unit(draft.unitId()).orElseThrow(() -> new UserFacingException("error.unit.notFound", draft.unitId()));
        String applicant = RenovationStore.text(draft.applicant(), "error.renovation.applicant", 60, true);
        String phone = RenovationStore.text(draft.applicantPhone(), "error.renovation.phone", 20, false);
        if (!phone.isEmpty() && !MobileNumber.isValid(phone)) {
            throw new UserFacingException("error.renovation.phone", 20);
        }
        String contractor = RenovationStore.text(draft.contractor(), "error.renovation.contractor", 100, true);
        String licence = RenovationStore.text(draft.contractorLicence(), "error.renovation.licence", 60, false);
        String contact = RenovationStore.text(draft.contractorContact(), "error.renovation.contact", 60, false);
        LocalDate today = LocalDate.now(store.clock());
        if (draft.plannedFrom() == null || draft.plannedTo() == null || draft.plannedTo().isBefore(draft.plannedFrom())) {
            throw new UserFacingException("error.renovation.dates");
        }
        if (draft.plannedFrom().isBefore(today)) {
            // art. 13: registered before the works start
            throw new UserFacingException("error.renovation.startPast", today);
        }
        List<String> scope = scopeCodes(draft.scope());
        Set<String> documents = documentCodes(draft.documents());
        store.prepareNumbers(today.getYear());
        return store.transactions().inTransaction(tx -> {
            String number = store.nextNumber(tx, today.getYear());
            long id = tx.insertInto(RENOVATION).set(RENOVATION.RENOVATION_NUMBER, number).set(RENOVATION.UNIT_ID, unit.id())
                    .set(RENOVATION.APPLICANT, applicant).set(RENOVATION.APPLICANT_KIND, draft.applicantKind().name())
                    .set(RENOVATION.APPLICANT_PHONE, phone.isEmpty() ? null : phone).set(RENOVATION.CONTRACTOR, contractor)
                    .set(RENOVATION.CONTRACTOR_LICENCE, licence.isEmpty() ? null : licence)
                    .set(RENOVATION.CONTRACTOR_CONTACT, contact.isEmpty() ? null : contact)
                    .set(RENOVATION.PLANNED_FROM, draft.plannedFrom()).set(RENOVATION.PLANNED_TO, draft.plannedTo())
                    .set(RENOVATION.STATE, (submit ? RenovationState.SUBMITTED : RenovationState.APPLIED).name())
                    .set(RENOVATION.APPLIED_AT, store.now()).set(RENOVATION.APPLIED_BY, actor.name())
                    .returning(RENOVATION.ID).fetchOne().getId();
            for (String code : scope) {
                tx.insertInto(RENOVATION_SCOPE).set(RENOVATION_SCOPE.RENOVATION_ID, id).set(RENOVATION_SCOPE.ITEM_CODE, code).execute();
            }
            for (String code : documents) {
                tick(tx, actor, id, code, null, null);
            }
            Renovation created = RenovationStore.read(tx, id);
            store.audit(tx, actor, RenovationAuditAction.RENOVATION_APPLIED, created, "contractor: " + contractor + "; from: "
                    + draft.plannedFrom() + "; to: " + draft.plannedTo() + "; scope: " + String.join(",", scope)
                    + "; documents: " + String.join(",", documents));
            return created;
        });
    }

    /** Ticks a checklist document as seen at the counter, before review. */
    public Renovation tickDocument(Actor actor, long id, String documentCode) {
        actor.require(Permission.REGISTER_RENOVATIONS);
        String code = documentCodes(Set.of(documentCode)).iterator().next();
        return store.transactions().inTransaction(tx -> {
            Renovation renovation = store.locked(tx, id);
            refuseAfterReview(renovation);
            tick(tx, actor, id, code, null, null);
            store.audit(tx, actor, RenovationAuditAction.RENOVATION_DOCUMENT_RECORDED, renovation, "document: " + code);
            return RenovationStore.read(tx, id);
        });
    }

    /** Attaches a scan of a checklist document, stored as the archive stores scans. */
    public Renovation attachDocument(Actor actor, long id, String documentCode, Path file) {
        actor.require(Permission.REGISTER_RENOVATIONS);
        String code = documentCodes(Set.of(documentCode)).iterator().next();
        RenovationArchive.StoredScan scan = archive.store(file);
        return store.transactions().inTransaction(tx -> {
            Renovation renovation = store.locked(tx, id);
            refuseAfterReview(renovation);
            tick(tx, actor, id, code, scan.hash(), scan.type());
            store.audit(tx, actor, RenovationAuditAction.RENOVATION_DOCUMENT_RECORDED, renovation, "document: " + code
                    + "; scan: " + scan.hash());
            return RenovationStore.read(tx, id);
        });
    }

    public Renovation submit(Actor actor, long id) {
        actor.require(Permission.REGISTER_RENOVATIONS);
        return store.transactions().inTransaction(tx -> {
            Renovation renovation = store.locked(tx, id);
            RenovationStore.require(renovation, RenovationState.APPLIED);
            store.move(tx, renovation, RenovationState.SUBMITTED);
            store.audit(tx, actor, RenovationAuditAction.RENOVATION_SUBMITTED, renovation, "");
            return RenovationStore.read(tx, id);
        });
    }

    /**
     * 批准: refused, naming every missing document and what needs it, until the checklist is complete
     * (art. 14, art. 5); then the deposit and fees are charged to the unit and the application is filed
     * into the unit's archive (by the approver when they may file, else left for the archive manager).
     */
    public Renovation approve(Actor actor, long id) {
        actor.require(Permission.APPROVE_RENOVATIONS);
        List<ChecklistDocument> checklist = lists.documents();
        RenovationSettings settings = charges.settings();
        Renovation approved = store.transactions().inTransaction(tx -> {
            Renovation renovation = store.locked(tx, id);
            RenovationStore.require(renovation, RenovationState.APPLIED, RenovationState.SUBMITTED);
            List<ApprovalRules.Missing> missing = ApprovalRules.missing(renovation, checklist);
            if (!missing.isEmpty()) {
                throw new UserFacingException("error.renovation.missingDocuments", renovation.number(), describe(missing));
            }
            Unit unit = units.unit(renovation.unitId()).orElseThrow();
            RenovationCharges.Posted posted = charges.post(tx, renovation, unit, settings);
            tx.update(RENOVATION).set(RENOVATION.STATE, RenovationState.APPROVED.name())
                    .set(RENOVATION.REVIEWED_AT, store.now()).set(RENOVATION.REVIEWED_BY, actor.name())
                    .set(RENOVATION.DEPOSIT, posted.deposit().amount()).set(RENOVATION.DEPOSIT_CHARGE_ID, posted.depositCharge())
                    .set(RENOVATION.MANAGEMENT_CHARGE_ID, posted.managementCharge())
                    .set(RENOVATION.DEBRIS_CHARGE_ID, posted.debrisCharge())
                    .set(RENOVATION.ROW_VERSION, RENOVATION.ROW_VERSION.plus(1)).where(RENOVATION.ID.eq(id)).execute();
            store.audit(tx, actor, RenovationAuditAction.RENOVATION_APPROVED, renovation, posted.summary());
            return RenovationStore.read(tx, id);
        });
        if (archive.mayFile(actor)) {
            return fileToArchive(actor, id);
        }
        return approved;
    }

    /** Files an approved application into the unit's archive, once (an archive manager's step when the approver could not). */
    public Renovation fileToArchive(Actor actor, long id) {
        actor.require(Permission.FILE_DOCUMENTS);
        Renovation renovation = store.transactions().inTransaction(tx -> RenovationStore.read(tx, id));
        if (renovation.filedToArchive() || renovation.state().beforeReview() || renovation.state() == RenovationState.REJECTED) {
            return renovation;
        }
        List<String> numbers = archive.file(actor, renovation);
        return store.transactions().inTransaction(tx -> {
            tx.update(RENOVATION).set(RENOVATION.FILED_TO_ARCHIVE, true).where(RENOVATION.ID.eq(id)).execute();
            store.audit(tx, actor, RenovationAuditAction.RENOVATION_FILED, renovation, "archive: " + String.join(",", numbers));
            return RenovationStore.read(tx, id);
        });
    }

    /** 驳回 with a reason; nothing was charged yet, so the fee ledger is untouched. */
    public Renovation reject(Actor actor, long id, String reason) {
        actor.require(Permission.APPROVE_RENOVATIONS);
        String why = RenovationStore.text(reason, "error.renovation.reason", MAX_REASON, true);
        return store.transactions().inTransaction(tx -> {
            Renovation renovation = store.locked(tx, id);
            RenovationStore.require(renovation, RenovationState.APPLIED, RenovationState.SUBMITTED);
            tx.update(RENOVATION).set(RENOVATION.STATE, RenovationState.REJECTED.name())
                    .set(RENOVATION.REVIEWED_AT, store.now()).set(RENOVATION.REVIEWED_BY, actor.name())
                    .set(RENOVATION.REVIEW_REASON, why).set(RENOVATION.ROW_VERSION, RENOVATION.ROW_VERSION.plus(1))
                    .where(RENOVATION.ID.eq(id)).execute();
            store.audit(tx, actor, RenovationAuditAction.RENOVATION_REJECTED, renovation, "reason: " + why);
            return RenovationStore.read(tx, id);
        });
    }

    /** What approval would be refused for now (the form shows it before the supervisor tries). */
    public List<ApprovalRules.Missing> missing(Renovation renovation) {
        return ApprovalRules.missing(renovation, lists.documents());
    }

    static String describe(List<ApprovalRules.Missing> missing) {
        return missing.stream().map(item -> item.neededFor().isEmpty() ? item.documentName()
                : item.documentName() + "（" + item.neededFor() + "）").collect(Collectors.joining("、"));
    }

    private void tick(DSLContext tx, Actor actor, long id, String code, String hash, String type) {
        Optional<String> existing = tx.select(RENOVATION_DOCUMENT.TYPE_CODE).from(RENOVATION_DOCUMENT)
                .where(RENOVATION_DOCUMENT.RENOVATION_ID.eq(id)).and(RENOVATION_DOCUMENT.TYPE_CODE.eq(code))
                .fetchOptional(RENOVATION_DOCUMENT.TYPE_CODE);
        if (existing.isPresent()) {
            if (hash != null) {
                tx.update(RENOVATION_DOCUMENT).set(RENOVATION_DOCUMENT.SCAN_HASH, hash).set(RENOVATION_DOCUMENT.SCAN_TYPE, type)
                        .set(RENOVATION_DOCUMENT.RECORDED_AT, store.now()).set(RENOVATION_DOCUMENT.RECORDED_BY, actor.name())
                        .where(RENOVATION_DOCUMENT.RENOVATION_ID.eq(id)).and(RENOVATION_DOCUMENT.TYPE_CODE.eq(code)).execute();
            }
            return;
        }
        tx.insertInto(RENOVATION_DOCUMENT).set(RENOVATION_DOCUMENT.RENOVATION_ID, id).set(RENOVATION_DOCUMENT.TYPE_CODE, code)
                .set(RENOVATION_DOCUMENT.SCAN_HASH, hash).set(RENOVATION_DOCUMENT.SCAN_TYPE, type)
                .set(RENOVATION_DOCUMENT.RECORDED_AT, store.now()).set(RENOVATION_DOCUMENT.RECORDED_BY, actor.name()).execute();
    }

    private static void refuseAfterReview(Renovation renovation) {
        if (!renovation.state().beforeReview()) {
            throw new UserFacingException("error.renovation.state", renovation.number(), renovation.state());
        }
    }

    private List<String> scopeCodes(List<String> wanted) {
        if (wanted.isEmpty()) {
            throw new UserFacingException("error.renovation.noScope");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String item : wanted) {
            ScopeItem found = lists.scopeItem(item).filter(ScopeItem::active)
                    .orElseThrow(() -> new UserFacingException("error.renovation.unknownScope", item));
            codes.add(found.code());
        }
        return new ArrayList<>(codes);
    }

    private Set<String> documentCodes(Set<String> wanted) {
        Set<String> codes = new LinkedHashSet<>();
        for (String document : wanted) {
            ChecklistDocument found = lists.document(document).filter(ChecklistDocument::active)
                    .orElseThrow(() -> new UserFacingException("error.renovation.unknownDocument", document));
            codes.add(found.code());
        }
        return codes;
    }
}
