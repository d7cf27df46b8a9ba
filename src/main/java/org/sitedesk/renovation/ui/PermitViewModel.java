package org.sitedesk.renovation.ui;

import java.nio.file.Files;
import java.nio.file.Path;
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
import javafx.stage.Window;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.renovation.AcceptanceLine;
import org.sitedesk.renovation.ChecklistDocument;
import org.sitedesk.renovation.Deduction;
import org.sitedesk.renovation.InspectionDraft;
import org.sitedesk.renovation.RectificationNotice;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.renovation.RenovationServices;
import org.sitedesk.renovation.RenovationState;
import org.sitedesk.renovation.WorkerDraft;
import org.sitedesk.ui.BackgroundTask;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.SystemViewer;
import org.sitedesk.ui.UiContext;

/**
 * The chosen permit: its details read in the background, and what may be done to it in its state —
 * review (approve, reject with a reason), documents ticked or attached, the permit issued once paid,
 * extended, workers added, inspections with notices, stop-work, acceptance line by line, and the
 * deposit refunded less itemised deductions. Every step says what it did, or the service's refusal.
 */
public final class PermitViewModel {
    private final ObjectProperty<PermitDetails> details = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<ChecklistDocument> document = new SimpleObjectProperty<>();
    private final StringProperty attachFile = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> extendTo = new SimpleObjectProperty<>();
    private final StringProperty workerName = new SimpleStringProperty("");
    private final StringProperty workerId = new SimpleStringProperty("");
    private final StringProperty workerPhone = new SimpleStringProperty("");
    private final StringProperty workerTrade = new SimpleStringProperty("");
    private final StringProperty workerCertificate = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> inspectedOn = new SimpleObjectProperty<>();
    private final StringProperty finding = new SimpleStringProperty("");
    private final BooleanProperty violation = new SimpleBooleanProperty(false);
    private final BooleanProperty rectified = new SimpleBooleanProperty(false);
    private final StringProperty correction = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    private final ObservableList<java.nio.file.Path> photos = FXCollections.observableArrayList();
    private final ObservableList<AcceptanceRow> acceptance = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> failedDeadline = new SimpleObjectProperty<>();
    private final ObservableList<Deduction> deductions = FXCollections.observableArrayList();
    private final StringProperty deductionReason = new SimpleStringProperty("");
    private final StringProperty deductionAmount = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> refundMethod = new SimpleObjectProperty<>(PaymentMethod.CASH);
    private final FormState form;
    private final RenovationServices renovation;
    private final RenovationPrintouts printouts;
    private final Actor actor;
    private final UiContext ui;
    private final Consumer<String> changed;
    private final SystemViewer viewer;
    private long loading;

    PermitViewModel(RenovationServices renovation, RenovationPrintouts printouts, SystemViewer viewer, Actor actor,
            UiContext ui, Consumer<String> changed) {
        this.renovation = renovation;
        this.viewer = viewer;
        this.printouts = printouts;
        this.actor = actor;
        this.ui = ui;
        this.changed = changed;
        this.form = new FormState(ui);
    }

    /** Reads the permit {@code chosen} (or empties the pane) and clears the forms for it. */
    void choose(Renovation chosen) {
        if (chosen == null) {
            loading = 0;
            details.set(null);
            form.showText("");
            return;
        }
        long id = chosen.id();
        loading = id;
        ui.tasks().execute(BackgroundTask.of(progress -> read(id)).onSuccess(read -> {
            if (loading == id) {
                boolean other = details.get() == null || details.get().renovation().id() != id;
                details.set(read);
                if (other) {
                    clearForms(read);
                    form.showText("");
                }
            }
        }).onFailure(error -> form.showText(ui.explain(error))));
    }

    private PermitDetails read(long id) {
        Renovation read = renovation.lookup().get(id);
        return new PermitDetails(read, read.chargeIds().isEmpty() ? List.of() : renovation.lookup().unpaid(read),
                renovation.lookup().deposit(read), renovation.lookup().workers(id), renovation.lookup().inspections(id),
                renovation.lookup().notices(id), renovation.lookup().acceptances(id), renovation.applications().missing(read),
                renovation.lists().documents(), renovation.settings().load());
    }

    private void clearForms(PermitDetails read) {
        LocalDate today = LocalDate.now(ui.clock());
        reason.set("");
        document.set(null);
        attachFile.set("");
        extendTo.set(read.renovation().endDate());
        workerName.set("");
        workerId.set("");
        workerPhone.set("");
        workerTrade.set("");
        workerCertificate.set("");
        inspectedOn.set(today);
        finding.set("");
        violation.set(false);
        rectified.set(false);
        correction.set("");
        deadline.set(today.plusDays(3));
        acceptance.setAll(read.settings().checklistLines().stream().map(AcceptanceRow::new).toList());
        failedDeadline.set(today.plusDays(7));
        deductions.clear();
        deductionReason.set("");
        deductionAmount.set("");
    }

    private Optional<Renovation> current() {
        return Optional.ofNullable(details.get()).map(PermitDetails::renovation);
    }

    /** The chosen permit read again after a step, and the step said in one line under the register. */
    private void done(Renovation after, String sentence) {
        form.run(progress -> read(after.id()), read -> {
            details.set(read);
            changed.accept(sentence);
            form.showText(sentence);
        });
    }

    public void approve() {
        current().ifPresent(chosen -> form.run(progress -> renovation.applications().approve(actor, chosen.id()),
                approved -> done(approved, ui.format("renovation.done.approved", approved.number(),
                        approved.deposit().map(Money::toString).orElse("")))));
    }

    public void reject() {
        current().ifPresent(chosen -> form.run(progress -> renovation.applications().reject(actor, chosen.id(), reason.get()),
                rejected -> done(rejected, ui.format("renovation.done.rejected", rejected.number()))));
    }

    public void submit() {
        current().ifPresent(chosen -> form.run(progress -> renovation.applications().submit(actor, chosen.id()),
                submitted -> done(submitted, ui.format("renovation.done.submitted", submitted.number()))));
    }

    /** 已收: the chosen document seen at the counter. */
    public void tick() {
        ChecklistDocument chosenDocument = document.get();
        if (chosenDocument == null) {
            form.showMessage("renovation.error.chooseDocument");
            return;
        }
        current().ifPresent(chosen -> form.run(progress -> renovation.applications().tickDocument(actor, chosen.id(),
                chosenDocument.code()), ticked -> done(ticked, ui.format("renovation.done.ticked", chosenDocument.name()))));
    }

    /** The file named in the attach field stored as the chosen document's scan. */
    public void attach() {
        ChecklistDocument chosenDocument = document.get();
        if (chosenDocument == null) {
            form.showMessage("renovation.error.chooseDocument");
            return;
        }
        Path file = Path.of(attachFile.get().trim());
        if (attachFile.get().isBlank() || !Files.isRegularFile(file)) {
            form.showMessage("renovation.error.chooseFile");
            return;
        }
        current().ifPresent(chosen -> form.run(progress -> renovation.applications().attachDocument(actor, chosen.id(),
                chosenDocument.code(), file), attached -> {
                    attachFile.set("");
                    done(attached, ui.format("renovation.done.attached", chosenDocument.name()));
                }));
    }

    /** 发证: refused, naming what is unpaid, until the counter has taken the deposit and fees. */
    public void issue() {
        current().ifPresent(chosen -> form.run(progress -> renovation.permits().issue(actor, chosen.id()),
                issued -> done(issued, ui.format("renovation.done.issued", issued.number(), issued.validFrom().orElseThrow(),
                        issued.validTo().orElseThrow()))));
    }

    public void extend() {
        LocalDate to = extendTo.get();
        current().ifPresent(chosen -> form.run(progress -> renovation.permits().extend(actor, chosen.id(), to),
                extended -> done(extended, ui.format("renovation.done.extended", extended.number(), to))));
    }

    public void addWorker() {
        WorkerDraft draft = new WorkerDraft(workerName.get().trim(), workerId.get().trim(), workerPhone.get().trim(),
                workerTrade.get().trim(), workerCertificate.get().trim());
        current().ifPresent(chosen -> form.run(progress -> renovation.permits().addWorker(actor, chosen.id(), draft),
                worker -> {
                    workerName.set("");
                    workerId.set("");
                    workerPhone.set("");
                    workerCertificate.set("");
                    done(chosen, ui.format("renovation.done.worker", worker.name(), worker.passNumber()));
                }));
    }

    /** 巡查: a violation opens a notice with its correction and deadline; a follow-up closes the open ones. */
    public void inspect() {
        InspectionDraft draft = new InspectionDraft(inspectedOn.get(), finding.get().trim(), List.copyOf(photos), violation.get(),
                violation.get() && !correction.get().isBlank() ? Optional.of(correction.get().trim()) : Optional.empty(),
                violation.get() ? Optional.ofNullable(deadline.get()) : Optional.empty(), rectified.get());
        current().ifPresent(chosen -> form.run(progress -> renovation.checks().inspect(actor, chosen.id(), draft),
                notice -> {
                    finding.set("");
                    photos.clear();
                    correction.set("");
                    violation.set(false);
                    rectified.set(false);
                    done(chosen, notice.map(opened -> ui.format("renovation.done.notice", opened.number(), opened.deadline()))
                            .orElse(ui.format("renovation.done.inspected", chosen.number())));
                }));
    }

    /** Photos taken on the inspection, added before it is saved (checked by content when it is). */
    public ObservableList<java.nio.file.Path> photos() {
        return photos;
    }

    /** Opens an inspection's photos in the computer's viewer, off the FX thread. */
    public void openPhotos(org.sitedesk.renovation.Inspection inspection) {
        form.run(progress -> {
            List<java.nio.file.Path> files = renovation.archive().photos(inspection);
            if (files.isEmpty()) {
                throw new org.sitedesk.core.i18n.UserFacingException("error.renovation.photosMissing");
            }
            files.forEach(viewer::open);
            return files.size();
        }, opened -> form.showText(ui.format("renovation.photosOpened", opened)));
    }

    /** 撤销: the owner gives the works up before they end; unpaid charges stay for the cashier, passes end. */
    public void cancel() {
        current().ifPresent(chosen -> form.run(progress -> renovation.permits().cancel(actor, chosen.id(), reason.get()),
                cancelled -> done(cancelled, ui.format("renovation.done.cancelled", cancelled.number()))));
    }

    public void stopWork() {
        current().ifPresent(chosen -> form.run(progress -> renovation.checks().stopWork(actor, chosen.id(), reason.get()),
                stopped -> done(stopped, ui.format("renovation.done.stopped", stopped.number()))));
    }

    public void completed() {
        current().ifPresent(chosen -> form.run(progress -> renovation.checks().completed(actor, chosen.id()),
                finished -> done(finished, ui.format("renovation.done.completed", finished.number()))));
    }

    /** 竣工验收 with every line's result; a failed line opens a notice due on the deadline given. */
    public void accept() {
        List<AcceptanceLine> lines = acceptance.stream().map(row -> new AcceptanceLine(row.item(), row.passed().get())).toList();
        LocalDate due = failedDeadline.get();
        current().ifPresent(chosen -> form.run(progress -> renovation.checks().accept(actor, chosen.id(), lines, due),
                result -> {
                    acceptance.forEach(row -> row.passed().set(true));
                    done(chosen, ui.format(result.passed() ? "renovation.done.accepted" : "renovation.done.acceptanceFailed",
                            chosen.number()));
                }));
    }

    /** Adds the deduction typed (a reason and an amount) to the refund's list. */
    public void addDeduction() {
        Money amount;
        try {
            amount = Money.of(deductionAmount.get().trim());
        } catch (RuntimeException unreadable) {
            form.showMessage("renovation.error.amount");
            return;
        }
        deductions.add(new Deduction(deductionReason.get().trim(), amount));
        deductionReason.set("");
        deductionAmount.set("");
        form.showText("");
    }

    /** 退押金: the deposit less the deductions listed, paid back the way chosen. */
    public void refund() {
        List<Deduction> listed = List.copyOf(deductions);
        PaymentMethod method = refundMethod.get();
        current().ifPresent(chosen -> form.run(progress -> renovation.refunds().refund(actor, chosen.id(), listed, method),
                refunded -> {
                    deductions.clear();
                    done(chosen, ui.format("renovation.done.refunded", chosen.number(), refunded));
                }));
    }

    /** 施工许可证 with the renovation agreement, to sign. */
    public void printPermit(Window owner) {
        Optional.ofNullable(details.get()).ifPresent(shown -> printouts.permit(shown, owner));
    }

    /** 整改通知书 of {@code notice}. */
    public void printRectification(RectificationNotice notice, Window owner) {
        Optional.ofNullable(details.get()).ifPresent(shown -> printouts.rectification(shown, notice, owner));
    }

    /** 停工通知书 of a stopped permit. */
    public void printStopWork(Window owner) {
        Optional.ofNullable(details.get()).ifPresent(shown -> printouts.stopWork(shown, owner));
    }

    /** 竣工验收表 of the latest acceptance. */
    public void printAcceptance(Window owner) {
        Optional.ofNullable(details.get()).filter(shown -> !shown.acceptances().isEmpty())
                .ifPresent(shown -> printouts.acceptance(shown, shown.acceptances().get(0), owner));
    }

    /** 押金台账: paid, each deduction, refunded; it balances to zero once settled. */
    public void printDepositLedger(Window owner) {
        Optional.ofNullable(details.get()).ifPresent(shown -> printouts.depositLedger(shown, owner));
    }

    public boolean mayPrint() {
        return printouts.available();
    }

    public boolean mayApprove() {
        return actor.may(Permission.APPROVE_RENOVATIONS);
    }

    public boolean mayInspect() {
        return actor.may(Permission.INSPECT_RENOVATIONS);
    }

    public boolean mayRegister() {
        return actor.may(Permission.REGISTER_RENOVATIONS);
    }

    /** Whether the chosen permit is in {@code states}. */
    public boolean in(RenovationState... states) {
        return current().map(chosen -> List.of(states).contains(chosen.state())).orElse(false);
    }

    public ObjectProperty<PermitDetails> detailsProperty() {
        return details;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<ChecklistDocument> documentProperty() {
        return document;
    }

    public StringProperty attachFileProperty() {
        return attachFile;
    }

    public ObjectProperty<LocalDate> extendToProperty() {
        return extendTo;
    }

    public StringProperty workerNameProperty() {
        return workerName;
    }

    public StringProperty workerIdProperty() {
        return workerId;
    }

    public StringProperty workerPhoneProperty() {
        return workerPhone;
    }

    public StringProperty workerTradeProperty() {
        return workerTrade;
    }

    public StringProperty workerCertificateProperty() {
        return workerCertificate;
    }

    public ObjectProperty<LocalDate> inspectedOnProperty() {
        return inspectedOn;
    }

    public StringProperty findingProperty() {
        return finding;
    }

    public BooleanProperty violationProperty() {
        return violation;
    }

    public BooleanProperty rectifiedProperty() {
        return rectified;
    }

    public StringProperty correctionProperty() {
        return correction;
    }

    public ObjectProperty<LocalDate> deadlineProperty() {
        return deadline;
    }

    public ObservableList<AcceptanceRow> acceptance() {
        return acceptance;
    }

    public ObjectProperty<LocalDate> failedDeadlineProperty() {
        return failedDeadline;
    }

    public ObservableList<Deduction> deductions() {
        return deductions;
    }

    public StringProperty deductionReasonProperty() {
        return deductionReason;
    }

    public StringProperty deductionAmountProperty() {
        return deductionAmount;
    }

    public ObjectProperty<PaymentMethod> refundMethodProperty() {
        return refundMethod;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }

    /** One line of the acceptance checklist and whether it passed (ticked as passed until the inspector unticks it). */
    public record AcceptanceRow(String item, BooleanProperty passed) {
        AcceptanceRow(String item) {
            this(item, new SimpleBooleanProperty(true));
        }
    }
}
