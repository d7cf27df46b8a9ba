package org.sitedesk.renovation;

import static org.sitedesk.core.db.schema.Tables.RENOVATION;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_ACCEPTANCE;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_ACCEPTANCE_LINE;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_DEDUCTION;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_INSPECTION;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_NOTICE;
import static org.sitedesk.core.db.schema.Tables.RENOVATION_WORKER;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.fees.OpenCharge;

/** Reading renovations: by number, all or by state or unit, their workers, inspections, notices, acceptances and deposit. */
public final class RenovationLookup {
    private final Transactions transactions;
    private final java.time.Clock clock;
    private final RenovationCharges charges;

    RenovationLookup(Transactions transactions, java.time.Clock clock, RenovationCharges charges) {
        this.transactions = transactions;
        this.clock = clock;
        this.charges = charges;
    }

    public Optional<Renovation> find(String number) {
        return transactions.inTransaction(tx -> RenovationStore.idOf(tx, number == null ? "" : number)
                .map(id -> RenovationStore.read(tx, id)));
    }

    public Renovation get(long id) {
        return transactions.inTransaction(tx -> RenovationStore.read(tx, id));
    }

    public List<Renovation> all() {
        return transactions.inTransaction(tx -> RenovationStore.read(tx, DSL.noCondition()));
    }

    public List<Renovation> ofUnit(long unitId) {
        return transactions.inTransaction(tx -> RenovationStore.read(tx, RENOVATION.UNIT_ID.eq(unitId)));
    }

    public List<Worker> workers(long id) {
        return transactions.inTransaction(tx -> tx.selectFrom(RENOVATION_WORKER).where(RENOVATION_WORKER.RENOVATION_ID.eq(id))
                .orderBy(RENOVATION_WORKER.ID).fetch(row -> new Worker(row.getId(), row.getName(), row.getIdNumber(),
                        row.getPhone() == null ? "" : row.getPhone(), row.getTrade(),
                        row.getCertificate() == null ? "" : row.getCertificate(), row.getPassNumber())));
    }

    public List<Inspection> inspections(long id) {
        return transactions.inTransaction(tx -> tx.selectFrom(RENOVATION_INSPECTION)
                .where(RENOVATION_INSPECTION.RENOVATION_ID.eq(id)).orderBy(RENOVATION_INSPECTION.ID)
                .fetch(row -> new Inspection(row.getId(), row.getInspectedOn(), row.getInspector(), row.getFindings(),
                        row.getViolation(), row.getPhotos() == null ? List.of() : Arrays.asList(row.getPhotos().split(",")))));
    }

    public List<RectificationNotice> notices(long id) {
        return transactions.inTransaction(tx -> notices(tx, id));
    }

    static List<RectificationNotice> notices(DSLContext tx, long id) {
        return tx.selectFrom(RENOVATION_NOTICE).where(RENOVATION_NOTICE.RENOVATION_ID.eq(id)).orderBy(RENOVATION_NOTICE.ID)
                .fetch(row -> new RectificationNotice(row.getId(), row.getNoticeNumber(), row.getCorrection(), row.getDeadline(),
                        NoticeState.valueOf(row.getNoticeState()), row.getIssuedBy(), row.getIssuedAt().toLocalDate()));
    }

    /** Newest first. */
    public List<Acceptance> acceptances(long id) {
        return transactions.inTransaction(tx -> acceptances(tx, id));
    }

    static List<Acceptance> acceptances(DSLContext tx, long id) {
        return tx.selectFrom(RENOVATION_ACCEPTANCE).where(RENOVATION_ACCEPTANCE.RENOVATION_ID.eq(id))
                .orderBy(RENOVATION_ACCEPTANCE.ID.desc())
                .fetch(row -> new Acceptance(row.getId(), row.getAcceptedOn(), row.getInspector(), row.getPassed(),
                        tx.selectFrom(RENOVATION_ACCEPTANCE_LINE).where(RENOVATION_ACCEPTANCE_LINE.ACCEPTANCE_ID.eq(row.getId()))
                                .orderBy(RENOVATION_ACCEPTANCE_LINE.LINE_NO)
                                .fetch(line -> new AcceptanceLine(line.getItem(), line.getPassed()))));
    }

    public List<Deduction> deductions(long id) {
        return transactions.inTransaction(tx -> tx.selectFrom(RENOVATION_DEDUCTION).where(RENOVATION_DEDUCTION.RENOVATION_ID.eq(id))
                .orderBy(RENOVATION_DEDUCTION.ID).fetch(row -> new Deduction(row.getReason(), Money.of(row.getAmount()))));
    }

    /** The charges still open on the renovation (what the counter must take before the permit). */
    public List<OpenCharge> unpaid(Renovation renovation) {
        return charges.open(renovation);
    }

    /** The deposit's ledger: charged, paid (charged less what is open), each deduction, refunded. */
    public DepositLedger deposit(Renovation renovation) {
        Money charged = renovation.deposit().orElse(Money.ZERO);
        Money open = renovation.depositChargeId().map(chargeId -> charges.open(renovation).stream()
                .filter(charge -> charge.chargeId() == chargeId).map(OpenCharge::principalOpen)
                .reduce(Money.ZERO, Money::plus)).orElse(Money.ZERO);
        String deductionReceipt = transactions.inTransaction(tx -> tx.select(RENOVATION.DEDUCTION_RECEIPT).from(RENOVATION)
                .where(RENOVATION.ID.eq(renovation.id())).fetchOptional(RENOVATION.DEDUCTION_RECEIPT).orElse(null));
        return new DepositLedger(charged, charged.minus(open), deductions(renovation.id()), renovation.refunded().orElse(Money.ZERO),
                renovation.refundReceipt().orElse(""), deductionReceipt == null ? "" : deductionReceipt,
                charged.minus(open).isPositive() ? charges.depositReceipt(renovation) : "");
    }

    /** The day the works ended: accepted, stopped or cancelled; empty while they run. */
    public Optional<LocalDate> endedOn(Renovation renovation) {
        return transactions.inTransaction(tx -> tx.select(RENOVATION.ENDED_AT).from(RENOVATION)
                .where(RENOVATION.ID.eq(renovation.id())).fetchOptional(RENOVATION.ENDED_AT)
                .map(at -> at.atZoneSameInstant(clock.getZone()).toLocalDate()));
    }

    /** The inspection that found what a notice asks to correct; none for a notice from a failed acceptance. */
    public Optional<Inspection> inspectionOf(RectificationNotice notice) {
        Optional<Long> inspectionId = transactions.inTransaction(tx -> tx.select(RENOVATION_NOTICE.INSPECTION_ID)
                .from(RENOVATION_NOTICE).where(RENOVATION_NOTICE.ID.eq(notice.id()))
                .fetchOptional(RENOVATION_NOTICE.INSPECTION_ID).map(id -> id));
        return inspectionId.flatMap(id -> transactions.inTransaction(tx -> tx.selectFrom(RENOVATION_INSPECTION)
                .where(RENOVATION_INSPECTION.ID.eq(id)).fetchOptional(row -> new Inspection(row.getId(), row.getInspectedOn(),
                        row.getInspector(), row.getFindings(), row.getViolation(),
                        row.getPhotos() == null ? List.of() : Arrays.asList(row.getPhotos().split(","))))));
    }

    public DueRenovations due() {
        LocalDate today = LocalDate.now(clock);
        List<Renovation> all = all();
        List<Renovation> underWay = all.stream().filter(renovation -> renovation.state().underWay()).toList();
        List<String> overdue = transactions.inTransaction(tx -> tx.select(RENOVATION_NOTICE.NOTICE_NUMBER).from(RENOVATION_NOTICE)
                .where(RENOVATION_NOTICE.NOTICE_STATE.eq(NoticeState.OPEN.name())).and(RENOVATION_NOTICE.DEADLINE.lt(today))
                .orderBy(RENOVATION_NOTICE.DEADLINE).fetch(RENOVATION_NOTICE.NOTICE_NUMBER));
        return new DueRenovations(
                underWay.stream().filter(renovation -> !renovation.endDate().isBefore(today)
                        && !renovation.endDate().isAfter(today.plusDays(7))).toList(),
                underWay.stream().filter(renovation -> renovation.endDate().isBefore(today)).toList(),
                overdue,
                all.stream().filter(renovation -> renovation.state() == RenovationState.ACCEPTED).toList());
    }
}
