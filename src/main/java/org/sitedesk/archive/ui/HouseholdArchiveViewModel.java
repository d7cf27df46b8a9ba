package org.sitedesk.archive.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.sitedesk.archive.ArchiveDocument;
import org.sitedesk.archive.ArchiveServices;
import org.sitedesk.archive.Box;
import org.sitedesk.archive.Confidentiality;
import org.sitedesk.archive.DocumentDraft;
import org.sitedesk.archive.DocumentType;
import org.sitedesk.archive.HouseholdArchive;
import org.sitedesk.archive.Loan;
import org.sitedesk.archive.LoanRequest;
import org.sitedesk.archive.LoanSlip;
import org.sitedesk.archive.Scan;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.FloorLabel;
import org.sitedesk.estate.HouseholdCard;
import org.sitedesk.estate.Person;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.SystemViewer;
import org.sitedesk.ui.UiContext;
import org.sitedesk.ui.Work;

/**
 * The household card's 档案 tab: the unit's documents and where each is, the standard documents still
 * missing, filing a new one, lending and taking back the chosen one, its scans and its lending slip.
 * What a role may do is checked by the services; the tab only leaves out what a role never uses.
 */
public final class HouseholdArchiveViewModel {
    private static final int ORDINARY_LOAN_DAYS = 3;

    private final ObservableList<ArchiveDocument> documents = FXCollections.observableArrayList();
    private final ObservableList<Loan> loans = FXCollections.observableArrayList();
    private final ObservableList<DocumentType> types = FXCollections.observableArrayList();
    private final ObservableList<Box> boxes = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final StringProperty checklist = new SimpleStringProperty("");
    private final ObjectProperty<ArchiveDocument> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<DocumentType> type = new SimpleObjectProperty<>();
    private final StringProperty pages = new SimpleStringProperty("");
    private final ObjectProperty<Confidentiality> level = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> received = new SimpleObjectProperty<>();
    private final ObjectProperty<Box> box = new SimpleObjectProperty<>();
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty borrower = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final StringProperty pagesCounted = new SimpleStringProperty("");
    private final StringProperty returnNote = new SimpleStringProperty("");
    private final ObjectProperty<Box> moveTo = new SimpleObjectProperty<>();
    private final FormState form;
    private final ArchiveServices archive;
    private final PrintPreviews printing;
    private final SystemViewer viewer;
    private final Actor actor;
    private final UiContext ui;
    private final long unitId;
    private RoomCode room;
    private int floorOrder;

    public HouseholdArchiveViewModel(ArchiveServices archive, PrintPreviews printing, SystemViewer viewer, Actor actor,
            UiContext ui, long unitId) {
        this.archive = archive;
        this.printing = printing;
        this.viewer = viewer;
        this.actor = actor;
        this.ui = ui;
        this.unitId = unitId;
        this.form = new FormState(ui);
        received.set(LocalDate.now(ui.clock()));
        type.addListener((observable, old, chosen) -> level.set(chosen == null ? null : chosen.defaultLevel()));
        selected.addListener((observable, old, document) -> {
            LocalDate today = LocalDate.now(ui.clock());
            due.set(document != null && document.level().readingRoomOnly() ? today : today.plusDays(ORDINARY_LOAN_DAYS));
            pagesCounted.set(document == null ? "" : Integer.toString(document.pages()));
        });
    }

    /** Reads the unit's archive, the types to file and the boxes (those that hold this unit are offered). */
    public void load() {
        form.run(progress -> read(), this::show);
    }

    /** The household card was loaded again (a 过户 restarts the checklist): its people and the archive anew. */
    public void cardChanged(HouseholdCard card) {
        room = card.unit().room();
        floorOrder = FloorLabel.order(card.unit().floor());
        people.setAll(card.people().stream().filter(Person::isCurrent).toList());
        load();
    }

    private void show(Loaded loaded) {
        HouseholdArchive household = loaded.household();
        Long chosen = selected.get() == null ? null : selected.get().id();
        documents.setAll(household.documents());
        loans.setAll(household.loans());
        checklist.set(household.missing().isEmpty() ? ui.text("archiveTab.complete")
                : ui.format("archiveTab.missing", household.missing().stream().map(DocumentType::name)
                        .collect(Collectors.joining(ui.text("list.separator")))));
        types.setAll(loaded.types());
        boxes.setAll(loaded.boxes().stream().filter(candidate -> room == null || candidate.holds(room, floorOrder)).toList());
        selected.set(documents.stream().filter(document -> chosen != null && document.id() == chosen).findFirst().orElse(null));
    }

    public void file() {
        Optional<Integer> count = whole(pages.get());
        if (type.get() == null) {
            form.showMessage("error.archive.type");
            return;
        }
        if (count.isEmpty()) {
            form.showText(ui.format("error.archive.pages", "9999"));
            return;
        }
        DocumentDraft draft = new DocumentDraft(unitId, Optional.ofNullable(person.get()).map(Person::id), type.get().id(),
                count.get(), Optional.ofNullable(level.get()), Optional.ofNullable(received.get()),
                Optional.ofNullable(box.get()).map(Box::id), notes.get());
        form.run(progress -> {
            ArchiveDocument filed = archive.filing().file(actor, draft, List.of());
            return new Changed<>(filed, read());
        }, changed -> {
            show(changed.loaded());
            documents.stream().filter(document -> document.id() == changed.result().id()).findFirst().ifPresent(selected::set);
            pages.set("");
            notes.set("");
            form.showText(ui.format("archiveTab.filed", changed.result().fileNo()));
        });
    }

    public void lend() {
        ArchiveDocument document = selected.get();
        if (document == null) {
            form.showMessage("archiveTab.chooseDocument");
            return;
        }
        LoanRequest request = new LoanRequest(borrower.get(), reason.get(), due.get());
        change(progress -> archive.lending().lend(actor, document.id(), request), document.id(),
                loan -> ui.format(loan.readingRoomOnly() ? "archiveTab.lentReadingRoom" : "archiveTab.lent",
                        loan.fileNo(), loan.borrower(), loan.dueOn()), () -> {
                    borrower.set("");
                    reason.set("");
                });
    }

    public void giveBack() {
        ArchiveDocument document = selected.get();
        if (document == null) {
            form.showMessage("archiveTab.chooseDocument");
            return;
        }
        Optional<Integer> count = whole(pagesCounted.get());
        if (count.isEmpty()) {
            form.showText(ui.format("error.archive.pages", "9999"));
            return;
        }
        String note = returnNote.get();
        change(progress -> archive.lending().giveBack(actor, document.id(), count.get(), note), document.id(),
                loan -> ui.format(loan.pagesDiffer() ? "archiveTab.returnedShort" : "archiveTab.returned", loan.fileNo(),
                        loan.pagesLent(), loan.pagesReturned().orElse(0)), () -> returnNote.set(""));
    }

    public void moveToBox() {
        ArchiveDocument document = selected.get();
        if (document == null) {
            form.showMessage("archiveTab.chooseDocument");
            return;
        }
        Optional<Long> target = Optional.ofNullable(moveTo.get()).map(Box::id);
        change(progress -> archive.filing().moveToBox(actor, document.id(), target), document.id(),
                moved -> ui.format("archiveTab.moved", moved.fileNo(), moved.box().map(ref -> ref.place())
                        .orElse(ui.text("cli.archive.noBox"))), () -> { });
    }

    /** Adds a scanned file chosen on this computer to the chosen document. */
    public void attachScan(Path file) {
        ArchiveDocument document = selected.get();
        if (document == null) {
            form.showMessage("archiveTab.chooseDocument");
            return;
        }
        change(progress -> archive.filing().attachScan(actor, document.id(), file), document.id(),
                withScan -> ui.format("archiveTab.scanAdded", withScan.fileNo(), withScan.scans()), () -> { });
    }

    /** Opens the chosen document's newest scan in the system viewer; the service audits it where the level asks. */
    public void openScan() {
        ArchiveDocument document = selected.get();
        if (document == null) {
            form.showMessage("archiveTab.chooseDocument");
            return;
        }
        form.run(progress -> {
            List<Scan> live = archive.lookup().scans(actor, document.id()).stream().filter(scan -> !scan.isDeleted()).toList();
            if (live.isEmpty()) {
                return Optional.<Path>empty();
            }
            Path file = archive.scans().open(actor, live.get(live.size() - 1).id());
            viewer.open(file);
            return Optional.of(file);
        }, opened -> form.showText(opened.isPresent() ? ui.format("archiveTab.scanOpened", document.fileNo())
                : ui.format("archiveTab.noScan", document.fileNo())));
    }

    /** 借阅单 of the chosen document's latest loan, in the preview. */
    public void printSlip(Window owner) {
        ArchiveDocument document = selected.get();
        Optional<Loan> loan = document == null ? Optional.empty()
                : loans.stream().filter(candidate -> candidate.documentId() == document.id()).findFirst();
        if (loan.isEmpty()) {
            form.showMessage("archiveTab.noLoan");
            return;
        }
        printing.preview(owner, ui.format("archiveTab.slipTitle", document.fileNo()), stamp -> LoanSlip.of(loan.get(),
                document, stamp, stamp.messages(), ui.clock().getZone()));
    }

    /**
     * Runs a change and reads the archive again in the same background task, then shows both: the
     * list as it is now, the changed document chosen, and the sentence saying what was done.
     */
    private <T> void change(Work<T> work, long documentId, Function<T, String> done, Runnable clear) {
        form.run(progress -> {
            T result = work.call(progress);
            return new Changed<>(result, read());
        }, changed -> {
            show(changed.loaded());
            documents.stream().filter(document -> document.id() == documentId).findFirst().ifPresent(selected::set);
            clear.run();
            form.showText(done.apply(changed.result()));
        });
    }

    private Loaded read() {
        return new Loaded(archive.lookup().household(actor, unitId), archive.types().active(), archive.shelves().boxes());
    }

    private static Optional<Integer> whole(String text) {
        try {
            return Optional.of(Integer.parseInt(text == null ? "" : text.trim())).filter(value -> value > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean mayFile() {
        return actor.may(Permission.FILE_DOCUMENTS);
    }

    public boolean mayTakeBack() {
        return actor.may(Permission.LEND_DOCUMENTS);
    }

    /** 在档, 借出 …, with the scans it has and a previous owner's mark. */
    public String statusOf(ArchiveDocument document) {
        String status = ui.messages().get(document.status(LocalDate.now(ui.clock())));
        if (document.scans() > 0) {
            status += " · " + ui.format("archiveTab.scanCount", document.scans());
        }
        return document.previousOwnerUntil().map(until -> " · " + ui.format("archive.previousOwnerUntil", until))
                .map(status::concat).orElse(status);
    }

    public String stateOf(Loan loan) {
        return ui.messages().get(loan.state(LocalDate.now(ui.clock())));
    }

    public ObservableList<ArchiveDocument> documents() {
        return documents;
    }

    public ObservableList<Loan> loans() {
        return loans;
    }

    public ObservableList<DocumentType> types() {
        return types;
    }

    public ObservableList<Box> boxes() {
        return boxes;
    }

    public ObservableList<Person> people() {
        return people;
    }

    public StringProperty checklistProperty() {
        return checklist;
    }

    public ObjectProperty<ArchiveDocument> selectedProperty() {
        return selected;
    }

    public ObjectProperty<DocumentType> typeProperty() {
        return type;
    }

    public StringProperty pagesProperty() {
        return pages;
    }

    public ObjectProperty<Confidentiality> levelProperty() {
        return level;
    }

    public ObjectProperty<LocalDate> receivedProperty() {
        return received;
    }

    public ObjectProperty<Box> boxProperty() {
        return box;
    }

    public ObjectProperty<Person> personProperty() {
        return person;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty borrowerProperty() {
        return borrower;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public StringProperty pagesCountedProperty() {
        return pagesCounted;
    }

    public StringProperty returnNoteProperty() {
        return returnNote;
    }

    public ObjectProperty<Box> moveToProperty() {
        return moveTo;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }

    /** What one load reads: the household's archive, the types in use and every box. */
    private record Loaded(HouseholdArchive household, List<DocumentType> types, List<Box> boxes) {
    }

    /** What a change gave back, with the archive as it is after it. */
    private record Changed<T>(T result, Loaded loaded) {
    }
}
