package org.sitedesk.archive.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.sitedesk.archive.ArchiveDocument;
import org.sitedesk.archive.ArchiveServices;
import org.sitedesk.archive.Loan;
import org.sitedesk.archive.LoanSlip;
import org.sitedesk.archive.RegisterPrintouts;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/** 借阅登记: every loan with its state (or only those still out), the return of the chosen one, the slip, the list. */
public final class LoansViewModel {
    private final ObservableList<Loan> shown = FXCollections.observableArrayList();
    private final ObjectProperty<Loan> selected = new SimpleObjectProperty<>();
    private final BooleanProperty onlyOut = new SimpleBooleanProperty(false);
    private final StringProperty pagesCounted = new SimpleStringProperty("");
    private final FormState form;
    private final ArchiveServices archive;
    private final PrintPreviews printing;
    private final Actor actor;
    private final UiContext ui;
    private List<Loan> all = List.of();

    public LoansViewModel(ArchiveServices archive, PrintPreviews printing, Actor actor, UiContext ui) {
        this.archive = archive;
        this.printing = printing;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        onlyOut.addListener((observable, old, only) -> narrow());
        selected.addListener((observable, old, loan) -> pagesCounted.set(loan == null ? "" : Integer.toString(loan.pagesLent())));
    }

    public void load() {
        form.run(progress -> archive.lending().register(actor), loans -> {
            all = loans;
            narrow();
        });
    }

    private void narrow() {
        shown.setAll(all.stream().filter(loan -> !onlyOut.get() || loan.isOpen()).toList());
        long overdue = all.stream().filter(loan -> loan.isOpen() && loan.dueOn().isBefore(LocalDate.now(ui.clock()))).count();
        form.showText(ui.format("archiveScreen.loansCount", all.size(), all.stream().filter(Loan::isOpen).count(), overdue));
    }

    public void giveBack() {
        Loan loan = selected.get();
        if (loan == null || !loan.isOpen()) {
            form.showMessage("archiveScreen.chooseOpenLoan");
            return;
        }
        int pages;
        try {
            pages = Integer.parseInt(pagesCounted.get().trim());
        } catch (NumberFormatException e) {
            form.showText(ui.format("error.archive.pages", "9999"));
            return;
        }
        form.run(progress -> archive.lending().giveBack(actor, loan.documentId(), pages, ""), back -> {
            load();
            form.showText(ui.format(back.pagesDiffer() ? "archiveTab.returnedShort" : "archiveTab.returned", back.fileNo(),
                    back.pagesLent(), pages));
        });
    }

    public void printSlip(Window owner) {
        Loan loan = selected.get();
        if (loan == null) {
            form.showMessage("archiveScreen.chooseLoan");
            return;
        }
        printing.preview(owner, ui.format("archiveTab.slipTitle", loan.fileNo()), stamp -> {
            ArchiveDocument document = archive.lookup().document(actor, loan.fileNo()).orElseThrow();
            return LoanSlip.of(loan, document, stamp, stamp.messages(), ui.clock().getZone());
        });
    }

    public void printRegister(Window owner) {
        List<Loan> loans = List.copyOf(shown);
        LocalDate today = LocalDate.now(ui.clock());
        printing.preview(owner, ui.text("print.loans.title"), stamp -> RegisterPrintouts.loans(loans, today,
                ui.clock().getZone(), stamp, stamp.messages()));
    }

    public String stateOf(Loan loan) {
        return ui.messages().get(loan.state(LocalDate.now(ui.clock())));
    }

    public boolean mayTakeBack() {
        return actor.may(Permission.LEND_DOCUMENTS);
    }

    public ObservableList<Loan> shown() {
        return shown;
    }

    public ObjectProperty<Loan> selectedProperty() {
        return selected;
    }

    public BooleanProperty onlyOutProperty() {
        return onlyOut;
    }

    public StringProperty pagesCountedProperty() {
        return pagesCounted;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }
}
