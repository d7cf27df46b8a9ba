package org.sitedesk.fees;

import static org.sitedesk.core.db.schema.Tables.FEE_ALLOCATION;
import static org.sitedesk.core.db.schema.Tables.FEE_CHARGE;
import static org.sitedesk.core.db.schema.Tables.FEE_PAYMENT;
import static org.sitedesk.core.db.schema.Tables.RECEIPT_INVOICE;
import static org.sitedesk.core.db.schema.Tables.RECEIPT_VOID;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.schema.tables.records.FeePaymentRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.DisplayNames;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.Unit;

/**
 * 收银台: a unit's account, taking a payment (allocated per DOMAIN.md fees 4, the rest to prepayment
 * capped per fees 5) with a gap-free receipt number, and voiding a receipt (fees 8). Each is one
 * transaction with its audit entry; nothing is updated or deleted (fees 10).
 */
public final class PaymentService {
    private static final int MAX_TEXT = 200;

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final FeeSettingsService settings;
    private final FeeItemService items;
    private final EstateService estate;

    public PaymentService(Transactions transactions, AuditLog audit, Clock clock, FeeSettingsService settings,
            FeeItemService items, EstateService estate) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.items = items;
        this.estate = estate;
    }

    /** What each unit owes on a day, principal and late fee, read in one pass (units owing nothing are absent). */
    public Map<Long, Money> owedByUnit(LocalDate asOf) {
        LateFeeRule lateFees = new LateFeeRule(settings.load());
        Map<Long, Money> owed = new java.util.HashMap<>();
        transactions.inTransaction(tx -> Ledger.charges(tx, null)).values().forEach(charge -> {
            Money open = charge.asOpen(lateFees, asOf).totalOpen();
            if (open.isPositive()) {
                owed.merge(charge.unitId(), open, Money::plus);
            }
        });
        return owed;
    }

    /** The unit's open charges oldest first, late fees as of {@code asOf}, and its prepayment. */
    public UnitAccount account(long unitId, LocalDate asOf) {
        FeeSettings rules = settings.load();
        return transactions.inTransaction(tx -> account(tx, unitId, asOf, rules));
    }

    private static UnitAccount account(DSLContext tx, long unitId, LocalDate asOf, FeeSettings rules) {
        LateFeeRule lateFees = new LateFeeRule(rules);
        List<OpenCharge> open = Ledger.charges(tx, unitId).values().stream()
                .map(charge -> charge.asOpen(lateFees, asOf))
                .filter(charge -> charge.totalOpen().isPositive())
                .toList();
        return new UnitAccount(unitId, asOf, open, Ledger.prepayment(tx, unitId));
    }

    public Receipt pay(Actor actor, PaymentRequest request) {
        actor.require(Permission.TAKE_PAYMENTS);
        LocalDate today = LocalDate.now(clock);
        check(request, today);
        Unit unit = estate.unit(request.unitId())
                .orElseThrow(() -> new UserFacingException("error.unit.notFound", request.unitId()));
        FeeSettings rules = settings.load();
        Money cap = prepaymentCap(unit, rules);
        ReceiptNumbers.prepareYear(transactions, today.getYear());
        return transactions.inTransaction(tx -> pay(tx, actor, unit, request, rules, cap, today));
    }

    /**
     * Several payments in one transaction, in order, each with its receipt (the sample estate's
     * history; a bank statement goes through {@link PaymentImport} for its line numbers).
     */
    public List<String> payAll(Actor actor, List<PaymentRequest> requests) {
        actor.require(Permission.TAKE_PAYMENTS);
        LocalDate today = LocalDate.now(clock);
        requests.forEach(request -> check(request, today));
        FeeSettings rules = settings.load();
        Map<Long, Unit> units = new java.util.HashMap<>();
        estate.allUnits().forEach(unit -> units.put(unit.id(), unit));
        ReceiptNumbers.prepareYear(transactions, today.getYear());
        List<FeeItem> current = items.validIn(YearMonth.now(clock));
        return transactions.inTransaction(tx -> {
            List<String> numbers = new ArrayList<>();
            for (PaymentRequest request : requests) {
                Unit unit = Optional.ofNullable(units.get(request.unitId()))
                        .orElseThrow(() -> new UserFacingException("error.unit.notFound", request.unitId()));
                numbers.add(take(tx, actor, unit, request, rules, prepaymentCap(unit, rules, current), today));
            }
            return numbers;
        });
    }

    /**
     * Takes one payment inside the caller's transaction (the counter's own, or an import's for a
     * whole file); refuses with the prepayment cap rather than hold more than it.
     */
    Receipt pay(DSLContext tx, Actor actor, Unit unit, PaymentRequest request, FeeSettings rules, Money cap,
            LocalDate today) {
        return load(tx, take(tx, actor, unit, request, rules, cap, today));
    }

    /** The payment written, its receipt number returned. */
    private String take(DSLContext tx, Actor actor, Unit unit, PaymentRequest request, FeeSettings rules, Money cap,
            LocalDate today) {
        String number = ReceiptNumbers.next(tx, today.getYear());
        Map<Long, ChargeBalance> charges = Ledger.charges(tx, unit.id());
        Allocator.Result allocation = new Allocator(new LateFeeRule(rules), rules.principalFirst())
                .allocate(charges, request.amount(), request.namedCharges(), request.paidOn());
        Money prepayment = Ledger.prepayment(tx, unit.id());
        if (allocation.leftover().isPositive() && prepayment.plus(allocation.leftover()).compareTo(cap) > 0) {
            Money most = request.amount().minus(allocation.leftover()).plus(cap.minus(prepayment).max(Money.ZERO));
            throw new UserFacingException("error.fees.prepaymentCap", cap.amount().toPlainString(),
                    rules.prepaymentCapMonths(), most.amount().toPlainString());
        }
        FeePaymentRecord payment = tx.newRecord(FEE_PAYMENT);
        payment.setUnitId(unit.id());
        payment.setKind("PAYMENT");
        payment.setAmount(request.amount().amount());
        payment.setMethod(request.method().name());
        payment.setPaidOn(request.paidOn());
        payment.setRecordedAt(OffsetDateTime.now(clock));
        payment.setCashier(actor.name());
        payment.setPayer(blankToNull(request.payer()));
        payment.setReference(blankToNull(request.reference()));
        payment.setReason(blankToNull(request.reason()));
        payment.setReceiptNumber(number);
        payment.store();
        for (Allocator.Share share : allocation.shares()) {
            allocate(tx, payment.getId(), share.chargeId(), share.part(), share.amount());
        }
        if (allocation.leftover().isPositive()) {
            allocate(tx, payment.getId(), null, ChargePart.PREPAYMENT, allocation.leftover());
        }
        audit.record(tx, actor, FeeAuditAction.PAYMENT_TAKEN, number, "room: " + unit.room() + "; amount: "
                + request.amount().amount().toPlainString() + "; method: " + request.method().name()
                + (request.paidOn().equals(today) ? "" : "; paid_on: " + request.paidOn() + "; reason: " + request.reason().trim()));
        return number;
    }

    /** 作废: supervisors only, with a reason; the receipt stays in the register marked void (fees 8). */
    public Receipt voidReceipt(Actor actor, String number, String reason) {
        actor.require(Permission.VOID_RECEIPTS);
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty() || why.length() > MAX_TEXT) {
            throw new UserFacingException("error.fees.voidReason");
        }
        return transactions.inTransaction(tx -> {
            FeePaymentRecord payment = tx.selectFrom(FEE_PAYMENT).where(FEE_PAYMENT.RECEIPT_NUMBER.eq(number.trim()))
                    .forUpdate().fetchOptional()
                    .orElseThrow(() -> new UserFacingException("error.fees.noReceipt", number));
            if (tx.fetchExists(RECEIPT_VOID, RECEIPT_VOID.PAYMENT_ID.eq(payment.getId()))) {
                throw new UserFacingException("error.fees.alreadyVoid", number);
            }
            Money added = Money.of(tx.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.sum(FEE_ALLOCATION.AMOUNT),
                            java.math.BigDecimal.ZERO)).from(FEE_ALLOCATION)
                    .where(FEE_ALLOCATION.PAYMENT_ID.eq(payment.getId()))
                    .and(FEE_ALLOCATION.PART.eq(ChargePart.PREPAYMENT.name())).fetchOne().value1());
            if (added.isPositive() && Ledger.prepayment(tx, payment.getUnitId()).compareTo(added) < 0) {
                throw new UserFacingException("error.fees.prepaymentUsed", number);
            }
            // paying a deposit back closed what it was held for (a pass handed back, a renovation settled)
            if (tx.fetchExists(FEE_ALLOCATION, FEE_ALLOCATION.PAYMENT_ID.eq(payment.getId())
                    .and(FEE_ALLOCATION.PART.eq(ChargePart.DEPOSIT_BACK.name())))) {
                throw new UserFacingException("error.fees.depositRefundFinal", number);
            }
            if (OneOffCharges.paidARefundedDeposit(tx, payment.getId())) {
                throw new UserFacingException("error.fees.depositRefunded", number);
            }
            tx.insertInto(RECEIPT_VOID).set(RECEIPT_VOID.PAYMENT_ID, payment.getId())
                    .set(RECEIPT_VOID.VOIDED_AT, OffsetDateTime.now(clock)).set(RECEIPT_VOID.VOIDED_BY, actor.name())
                    .set(RECEIPT_VOID.REASON, why).execute();
            audit.record(tx, actor, FeeAuditAction.RECEIPT_VOIDED, number, "reason: " + why);
            return load(tx, number);
        });
    }

    /**
     * Notes the tax invoice issued for a receipt (DOMAIN.md fees 8), once; the receipt itself is not
     * changed, and reprints carry the number.
     */
    public Receipt recordInvoice(Actor actor, String number, String invoiceNumber) {
        actor.require(Permission.TAKE_PAYMENTS);
        String invoice = invoiceNumber == null ? "" : invoiceNumber.trim();
        if (!invoice.matches("[0-9A-Za-z-]{4,40}")) {
            throw new UserFacingException("error.fees.invoiceForm");
        }
        return transactions.inTransaction(tx -> {
            FeePaymentRecord payment = tx.selectFrom(FEE_PAYMENT).where(FEE_PAYMENT.RECEIPT_NUMBER.eq(number.trim()))
                    .fetchOptional().orElseThrow(() -> new UserFacingException("error.fees.noReceipt", number));
            if (tx.fetchExists(RECEIPT_INVOICE, RECEIPT_INVOICE.PAYMENT_ID.eq(payment.getId()))) {
                throw new UserFacingException("error.fees.invoiceRecorded", number);
            }
            if (tx.fetchExists(RECEIPT_VOID, RECEIPT_VOID.PAYMENT_ID.eq(payment.getId()))) {
                throw new UserFacingException("error.fees.alreadyVoid", number);
            }
            tx.insertInto(RECEIPT_INVOICE).set(RECEIPT_INVOICE.PAYMENT_ID, payment.getId())
                    .set(RECEIPT_INVOICE.INVOICE_NUMBER, invoice).set(RECEIPT_INVOICE.RECORDED_AT, OffsetDateTime.now(clock))
                    .set(RECEIPT_INVOICE.RECORDED_BY, actor.name()).execute();
            audit.record(tx, actor, FeeAuditAction.INVOICE_RECORDED, payment.getReceiptNumber(), "invoice: " + invoice);
            return load(tx, payment.getReceiptNumber());
        });
    }

    public Optional<Receipt> receipt(String number) {
        return transactions.inTransaction(tx -> tx.fetchExists(FEE_PAYMENT, FEE_PAYMENT.RECEIPT_NUMBER.eq(number.trim()))
                ? Optional.of(load(tx, number.trim())) : Optional.empty());
    }

    /** 收据登记簿: every receipt recorded between the two days (inclusive), voided ones included. */
    public List<Receipt> register(LocalDate from, LocalDate to) {
        return issued(FEE_PAYMENT.RECORDED_AT.ge(from.atStartOfDay(clock.getZone()).toOffsetDateTime())
                .and(FEE_PAYMENT.RECORDED_AT.lt(to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime())));
    }

    /** The receipts that paid towards one charge (or, for a deposit, paid it back), voided ones included, in number order. */
    public List<Receipt> paying(long chargeId) {
        return issued(FEE_PAYMENT.ID.in(org.jooq.impl.DSL.select(FEE_ALLOCATION.PAYMENT_ID).from(FEE_ALLOCATION)
                .where(FEE_ALLOCATION.CHARGE_ID.eq(chargeId))));
    }

    /** The receipts matching {@code which} (a condition on the payment rows), in number order, in one transaction. */
    List<Receipt> issued(org.jooq.Condition which) {
        return transactions.inTransaction(tx -> tx.select(FEE_PAYMENT.RECEIPT_NUMBER).from(FEE_PAYMENT).where(which)
                .orderBy(FEE_PAYMENT.RECEIPT_NUMBER)
                .fetch(FEE_PAYMENT.RECEIPT_NUMBER).stream().map(number -> load(tx, number)).toList());
    }

    /** Whether any receipt has ever been issued: one row read, whatever the register holds. */
    public boolean anyIssued() {
        return transactions.inTransaction(tx -> tx.fetchExists(FEE_PAYMENT));
    }

    /** At most the site's number of months of the unit's current monthly charges (fees 5). */
    Money prepaymentCap(Unit unit, FeeSettings rules) {
        return prepaymentCap(unit, rules, items.validIn(YearMonth.now(clock)));
    }

    private static Money prepaymentCap(Unit unit, FeeSettings rules, List<FeeItem> current) {
        Money monthly = current.stream().filter(item -> item.appliesTo(unit.type()))
                .map(item -> item.monthlyCharge(unit.area())).reduce(Money.ZERO, Money::plus);
        return monthly.times(java.math.BigDecimal.valueOf(rules.prepaymentCapMonths()));
    }

    static void check(PaymentRequest request, LocalDate today) {
        if (request.amount() == null || !request.amount().isPositive()) {
            throw new UserFacingException("error.fees.amount");
        }
        if (request.method() == null) {
            throw new UserFacingException("error.fees.method");
        }
        if (request.paidOn() == null || request.paidOn().isAfter(today)) {
            throw new UserFacingException("error.fees.futureDate", today.toString());
        }
        if (request.paidOn().isBefore(today) && (request.reason() == null || request.reason().isBlank())) {
            throw new UserFacingException("error.fees.backdateReason");
        }
        for (String text : new String[] {request.payer(), request.reference(), request.reason()}) {
            if (text != null && text.length() > MAX_TEXT) {
                throw new UserFacingException("error.fees.textTooLong", MAX_TEXT);
            }
        }
    }

    private static void allocate(DSLContext tx, long paymentId, Long chargeId, ChargePart part, Money amount) {
        tx.insertInto(FEE_ALLOCATION).set(FEE_ALLOCATION.PAYMENT_ID, paymentId).set(FEE_ALLOCATION.CHARGE_ID, chargeId)
                .set(FEE_ALLOCATION.PART, part.name()).set(FEE_ALLOCATION.AMOUNT, amount.amount()).execute();
    }

    private Receipt load(DSLContext tx, String number) {
        FeePaymentRecord payment = tx.selectFrom(FEE_PAYMENT).where(FEE_PAYMENT.RECEIPT_NUMBER.eq(number)).fetchOne();
        List<ReceiptLine> lines = new ArrayList<>();
        for (Record row : tx.select(FEE_ALLOCATION.PART, FEE_ALLOCATION.AMOUNT, FEE_CHARGE.PERIOD, FEE_CHARGE.ITEM_NAME)
                .from(FEE_ALLOCATION).leftJoin(FEE_CHARGE).on(FEE_CHARGE.ID.eq(FEE_ALLOCATION.CHARGE_ID))
                .where(FEE_ALLOCATION.PAYMENT_ID.eq(payment.getId()))
                .orderBy(FEE_CHARGE.PERIOD.nullsLast(), FEE_CHARGE.ITEM_CODE, FEE_ALLOCATION.ID)) {
            lines.add(new ReceiptLine(Optional.ofNullable(row.get(FEE_CHARGE.PERIOD)).map(YearMonth::from),
                    Optional.ofNullable(row.get(FEE_CHARGE.ITEM_NAME)).orElse(""),
                    ChargePart.valueOf(row.get(FEE_ALLOCATION.PART)), Money.of(row.get(FEE_ALLOCATION.AMOUNT))));
        }
        Optional<Receipt.VoidNote> voided = tx.selectFrom(RECEIPT_VOID).where(RECEIPT_VOID.PAYMENT_ID.eq(payment.getId()))
                .fetchOptional().map(row -> new Receipt.VoidNote(row.getVoidedAt(), row.getVoidedBy(), row.getReason()));
        String room = estate.unit(payment.getUnitId()).map(unit -> unit.room().toString()).orElse("");
        Optional<String> invoice = tx.select(RECEIPT_INVOICE.INVOICE_NUMBER).from(RECEIPT_INVOICE)
                .where(RECEIPT_INVOICE.PAYMENT_ID.eq(payment.getId())).fetchOptional(RECEIPT_INVOICE.INVOICE_NUMBER);
        return new Receipt(payment.getReceiptNumber(), payment.getId(), payment.getUnitId(), room,
                "REFUND".equals(payment.getKind()), Money.of(payment.getAmount()),
                PaymentMethod.valueOf(payment.getMethod()), payment.getPaidOn(), payment.getRecordedAt(),
                payment.getCashier(), DisplayNames.of(tx, payment.getCashier()), nullToBlank(payment.getPayer()),
                estate.ownerNames(payment.getUnitId(), payment.getPaidOn()), nullToBlank(payment.getReference()),
                nullToBlank(payment.getReason()), lines, voided, invoice);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String nullToBlank(String text) {
        return text == null ? "" : text;
    }
}
