package org.sitedesk.fees.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.HouseholdService;
import org.sitedesk.estate.Person;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.Unit;
import org.sitedesk.core.users.Permission;
import org.sitedesk.fees.AdjustmentService;
import org.sitedesk.fees.OpenCharge;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.fees.PaymentRequest;
import org.sitedesk.fees.PaymentService;
import org.sitedesk.fees.Receipt;
import org.sitedesk.fees.ReceiptPrintout;
import org.sitedesk.fees.ShiftPrintout;
import org.sitedesk.fees.ShiftReport;
import org.sitedesk.fees.ShiftService;
import org.sitedesk.fees.UnitAccount;
import org.sitedesk.print.RenderedPrintout;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 收银台: one unit's open charges oldest first (late fees apart) and prepayment; the amount (all that
 * is owed unless charges are ticked), method, date (a past date needs a reason); on confirm the
 * payment is taken and its receipt rendered for the preview.
 */
public final class CounterViewModel {
    private final StringProperty room = new SimpleStringProperty("");
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final StringProperty owners = new SimpleStringProperty("");
    private final ObjectProperty<UnitAccount> account = new SimpleObjectProperty<>();
    private final ObservableList<ChargeRow> charges = FXCollections.observableArrayList();
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>(PaymentMethod.CASH);
    private final ObjectProperty<LocalDate> paidOn = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty payer = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final BooleanProperty onForm = new SimpleBooleanProperty(true);
    private final ObjectProperty<ChargeRow> selectedCharge = new SimpleObjectProperty<>();
    private final StringProperty adjustmentReason = new SimpleStringProperty("");
    private final StringProperty refundAmount = new SimpleStringProperty("");
    private final FormState form;
    private final PaymentService payments;
    private final EstateService estate;
    private final HouseholdService households;
    private final PrintPreviews printing;
    private final ShiftService shifts;
    private final AdjustmentService adjustments;
    private final Actor actor;
    private final UiContext ui;

    public CounterViewModel(PaymentService payments, EstateService estate, HouseholdService households,
            ShiftService shifts, AdjustmentService adjustments, PrintPreviews printing, Actor actor, UiContext ui) {
        this.payments = payments;
        this.shifts = shifts;
        this.adjustments = adjustments;
        this.estate = estate;
        this.households = households;
        this.printing = printing;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        paidOn.set(today());
    }

    private LocalDate today() {
        return LocalDate.now(ui.clock());
    }

    /** Opens the unit typed in the room field. */
    public void find() {
        Optional<RoomCode> code = RoomCode.parse(room.get());
        if (code.isEmpty()) {
            form.showText(ui.format("import.unit.roomForm", room.get()));
            return;
        }
        form.run(progress -> estate.unit(code.get()).orElseThrow(() -> new org.sitedesk.core.i18n.UserFacingException(
                "cli.print.noRoom", code.get())), found -> open(found.id()));
    }

    public void open(long unitId) {
        form.run(progress -> new Loaded(estate.unit(unitId).orElseThrow(),
                households.card(unitId).currentOwners().stream().map(Person::name).toList(),
                payments.account(unitId, today())), this::show);
    }

    private void show(Loaded loaded) {
        unit.set(loaded.unit());
        room.set(loaded.unit().room().toString());
        owners.set(String.join("、", loaded.owners()));
        showAccount(loaded.account());
        paidOn.set(today());
        reason.set("");
        reference.set("");
        payer.set("");
        method.set(PaymentMethod.CASH);
    }

    private void showAccount(UnitAccount loaded) {
        account.set(loaded);
        charges.setAll(loaded.openCharges().stream().map(ChargeRow::new).toList());
        charges.forEach(row -> row.namedProperty().addListener((observable, old, now) -> amount.set(defaultAmount())));
        amount.set(defaultAmount());
    }

    /** All that is owed, or what the ticked charges owe. */
    private String defaultAmount() {
        List<ChargeRow> named = charges.stream().filter(row -> row.namedProperty().get()).toList();
        Money total = (named.isEmpty() ? charges : named).stream().map(row -> row.charge().totalOpen())
                .reduce(Money.ZERO, Money::plus);
        return total.amount().toPlainString();
    }

    /** Takes the payment; the receipt's preview is handed to {@code preview} once rendered. */
    public void pay(Consumer<RenderedPrintout> preview) {
        Unit current = unit.get();
        if (current == null) {
            form.showMessage("counter.noUnit");
            return;
        }
        Money money;
        try {
            money = Money.of(new BigDecimal(amount.get().trim()));
        } catch (ArithmeticException | NumberFormatException e) {
            form.showMessage("error.fees.amount");
            return;
        }
        List<Long> named = charges.stream().filter(row -> row.namedProperty().get()).map(row -> row.charge().chargeId())
                .toList();
        PaymentRequest request = new PaymentRequest(current.id(), money, method.get(), paidOn.get(), payer.get(),
                reference.get(), reason.get(), named);
        boolean form241 = onForm.get();
        UnitAccount shown = account.get();
        form.run(progress -> {
            // another counter may have taken a payment or posted a charge since this account was shown
            UnitAccount now = payments.account(current.id(), today());
            if (!now.equals(shown)) {
                return new Paid(null, null, now);
            }
            Receipt receipt = payments.pay(actor, request);
            RenderedPrintout rendered = printing.render(ui.format("counter.receiptTitle", receipt.number()),
                    stamp -> ReceiptPrintout.of(receipt, ReceiptPrintout.type(form241), stamp, stamp.messages(), false));
            return new Paid(receipt, rendered, payments.account(current.id(), today()));
        }, paid -> {
            showAccount(paid.account());
            if (paid.receipt() == null) {
                form.showText(ui.format("counter.accountChanged", paid.account().totalOwed().amount().toPlainString()));
                return;
            }
            reason.set("");
            reference.set("");
            form.showText(ui.format("counter.paid", paid.receipt().number(), paid.receipt().amount().amount().toPlainString(),
                    ui.messages().get(paid.receipt().method())));
            preview.accept(paid.rendered());
        });
    }

    public boolean mayAdjust() {
        return actor.may(Permission.APPROVE_FEE_ADJUSTMENTS);
    }

    /** 减免违约金: the amount typed (all of it when empty) of the chosen charge's late fee, with the reason. */
    public void waiveLateFee() {
        String typed = refundAmount.get().trim();
        Money part;
        try {
            part = typed.isEmpty() ? null : Money.of(new BigDecimal(typed));
        } catch (ArithmeticException | NumberFormatException e) {
            form.showMessage("error.fees.amount");
            return;
        }
        adjust(charge -> {
            Money amount = part == null ? charge.lateFeeOpen() : part;
            adjustments.waiveLateFee(actor, charge.chargeId(), amount, adjustmentReason.get());
            return ui.format("counter.waived", charge.period(), amount.amount().toPlainString());
        });
    }

    /** 核销: what is left of the chosen charge's principal, with the reason typed. */
    public void writeOff() {
        adjust(charge -> ui.format("counter.writtenOff", charge.period(),
                adjustments.writeOff(actor, charge.chargeId(), adjustmentReason.get()).amount().toPlainString()));
    }

    /** 退还预存: the amount typed, paid back in cash, with its own receipt number. */
    public void refund() {
        Unit current = unit.get();
        if (current == null) {
            form.showMessage("counter.noUnit");
            return;
        }
        Money money;
        try {
            money = Money.of(new BigDecimal(refundAmount.get().trim()));
        } catch (ArithmeticException | NumberFormatException e) {
            form.showMessage("error.fees.amount");
            return;
        }
        String why = adjustmentReason.get();
        form.run(progress -> {
            String number = adjustments.refundPrepayment(actor, current.id(), money, PaymentMethod.CASH, why);
            return new Adjusted(ui.format("counter.refunded", money.amount().toPlainString(), number),
                    payments.account(current.id(), today()));
        }, this::adjusted);
    }

    private void adjust(java.util.function.Function<OpenCharge, String> change) {
        ChargeRow chosen = selectedCharge.get();
        Unit current = unit.get();
        if (chosen == null || current == null) {
            form.showMessage("counter.chooseCharge");
            return;
        }
        form.run(progress -> new Adjusted(change.apply(chosen.charge()), payments.account(current.id(), today())),
                this::adjusted);
    }

    private void adjusted(Adjusted done) {
        showAccount(done.account());
        adjustmentReason.set("");
        refundAmount.set("");
        form.showText(done.message());
    }

    public ObjectProperty<ChargeRow> selectedChargeProperty() {
        return selectedCharge;
    }

    public StringProperty adjustmentReasonProperty() {
        return adjustmentReason;
    }

    public StringProperty refundAmountProperty() {
        return refundAmount;
    }

    /** 交班: closes this cashier's shift (with its backup) and hands the report's preview over. */
    public void closeShift(Consumer<RenderedPrintout> preview) {
        form.run(progress -> {
            ShiftReport report = shifts.close(actor);
            return new Closed(report, printing.render(ui.text("print.shift.title"),
                    stamp -> ShiftPrintout.of(report, stamp, stamp.messages(), ui.clock().getZone())));
        }, closed -> {
            form.showText(ui.format("counter.shiftClosed", closed.report().receipts().size(),
                    closed.report().net().amount().toPlainString(),
                    closed.report().backup().map(Object::toString).orElse("")));
            preview.accept(closed.rendered());
        });
    }

    public boolean backdated() {
        return paidOn.get() != null && paidOn.get().isBefore(today());
    }

    public List<PaymentMethod> methods() {
        return List.of(PaymentMethod.values());
    }

    public PrintPreviews printing() {
        return printing;
    }

    public StringProperty roomProperty() {
        return room;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public StringProperty ownersProperty() {
        return owners;
    }

    public ObjectProperty<UnitAccount> accountProperty() {
        return account;
    }

    public ObservableList<ChargeRow> charges() {
        return charges;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
    }

    public ObjectProperty<LocalDate> paidOnProperty() {
        return paidOn;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty payerProperty() {
        return payer;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public BooleanProperty onFormProperty() {
        return onForm;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }

    private record Loaded(Unit unit, List<String> owners, UnitAccount account) {
    }

    private record Adjusted(String message, UnitAccount account) {
    }

    private record Closed(ShiftReport report, RenderedPrintout rendered) {
    }

    /** A payment taken, or (receipt null) refused because the account had changed: the account as it is now. */
    private record Paid(Receipt receipt, RenderedPrintout rendered, UnitAccount account) {
    }

    /** For tests and the view: the charges as the table shows them. */
    public List<OpenCharge> openCharges() {
        return charges.stream().map(ChargeRow::charge).toList();
    }
}
