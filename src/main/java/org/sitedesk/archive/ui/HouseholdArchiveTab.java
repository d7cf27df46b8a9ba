package org.sitedesk.archive.ui;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Accordion;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.sitedesk.archive.ArchiveDocument;
import org.sitedesk.archive.Box;
import org.sitedesk.archive.BoxRef;
import org.sitedesk.archive.Confidentiality;
import org.sitedesk.archive.DocumentType;
import org.sitedesk.archive.Loan;
import org.sitedesk.archive.RegisterPrintouts;
import org.sitedesk.estate.Person;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.IsoDatePicker;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.NamedConverter;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/**
 * 档案 on the household card: what is missing, the unit's documents and their loans on the left; on the
 * right, one form at a time: lending and taking back the chosen document, its scans and box, and filing
 * a new one for those who file.
 */
public final class HouseholdArchiveTab extends HBox {
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ISO_LOCAL_DATE;

    private final HouseholdArchiveViewModel model;
    private final UiContext ui;

    public HouseholdArchiveTab(HouseholdArchiveViewModel model, UiContext ui) {
        super(16);
        this.model = model;
        this.ui = ui;
        setId("archivePane");
        Label checklist = new Label();
        checklist.setId("archiveChecklist");
        checklist.setWrapText(true);
        checklist.getStyleClass().add(Styles.TEXT_BOLD);
        checklist.textProperty().bind(model.checklistProperty());
        Label message = new Label();
        message.setId("archiveMessage");
        message.setWrapText(true);
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());
        VBox lists = new VBox(8, checklist, message, documentsTable(), loansTable());
        HBox.setHgrow(lists, Priority.ALWAYS);
        // the forms stand beside the lists, one open at a time, so the tab fits a counter's window whole
        TitledPane lending = titled("lendingPane", "archiveTab.lendingHeading", lendingForm());
        Accordion forms = new Accordion(lending, titled("scanPane", "archiveTab.scanHeading", scanForm()));
        if (model.mayFile()) {
            forms.getPanes().add(0, titled("filingPane", "archiveTab.fileHeading", filingForm()));
        }
        forms.setExpandedPane(lending);
        forms.setId("archiveForms");
        forms.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(lists, forms);
    }

    private TitledPane titled(String id, String key, javafx.scene.Node content) {
        TitledPane pane = new TitledPane(ui.text(key), content);
        pane.setId(id);
        // opens at once: a form that slides open moves its fields under the clerk's pointer
        pane.setAnimated(false);
        return pane;
    }

    private TableView<ArchiveDocument> documentsTable() {
        TableView<ArchiveDocument> table = new TableView<>(model.documents());
        table.setId("archiveDocuments");
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.fileNo"), 130, ArchiveDocument::fileNo));
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.type"), 115, ArchiveDocument::typeName));
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.pages"), 50, document -> String.valueOf(document.pages())));
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.level"), 55, document -> ui.messages().get(document.level())));
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.received"), 100, document -> document.received().format(DAY)));
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.box"), 85,
                document -> document.box().map(BoxRef::place).orElse("")));
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.status"), 120, model::statusOf));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(210);
        Tables.placeholder(table, ui.text("archiveTab.none"));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, chosen) -> {
            if (chosen != null) {
                model.selectedProperty().set(chosen);
            }
        });
        model.selectedProperty().addListener((observable, old, chosen) -> {
            if (chosen != null && table.getSelectionModel().getSelectedItem() != chosen) {
                table.getSelectionModel().select(chosen);
            }
        });
        return table;
    }

    private VBox lendingForm() {
        DatePicker due = IsoDatePicker.create();
        due.setId("loanDue");
        due.valueProperty().bindBidirectional(model.dueProperty());
        Button lend = new Button(ui.text("archiveTab.lend"));
        lend.setId("lendButton");
        lend.getStyleClass().add(Styles.ACCENT);
        lend.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        lend.setOnAction(event -> model.lend());
        FormGrid lendGrid = new FormGrid()
                .row(ui.text("loan.column.borrower"), field("loanBorrower", 12, model.borrowerProperty()))
                .row(ui.text("loan.column.reason"), field("loanReason", 12, model.reasonProperty()))
                .row(ui.text("loan.column.due"), due)
                .full(lend);
        VBox form = new VBox(10, lendGrid);
        if (model.mayTakeBack()) {
            Button giveBack = new Button(ui.text("archiveTab.giveBack"));
            giveBack.setId("returnButton");
            giveBack.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
            giveBack.setOnAction(event -> model.giveBack());
            form.getChildren().addAll(new Separator(), new FormGrid()
                    .row(ui.text("print.loanSlip.pagesReturned"), field("returnPages", 4, model.pagesCountedProperty()))
                    .row(ui.text("archiveTab.returnNote"), field("returnNote", 12, model.returnNoteProperty()))
                    .full(giveBack));
        }
        return form;
    }

    private VBox scanForm() {
        Button attach = new Button(ui.text("archiveTab.attachScan"));
        attach.setId("attachScanButton");
        attach.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.text("archiveTab.scanFiles"),
                    "*.pdf", "*.jpg", "*.jpeg", "*.png"));
            File chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                model.attachScan(chosen.toPath());
            }
        });
        Button open = new Button(ui.text("archiveTab.openScan"));
        open.setId("openScanButton");
        open.setOnAction(event -> model.openScan());
        Button slip = new Button(ui.text("archiveTab.printSlip"));
        slip.setId("printSlipButton");
        slip.setOnAction(event -> model.printSlip(getScene().getWindow()));
        VBox form = new VBox(10, new HBox(8, open, slip));
        if (model.mayFile()) {
            ComboBox<Box> moveTo = new ComboBox<>(model.boxes());
            moveTo.setId("moveToBox");
            moveTo.setConverter(NamedConverter.of(box -> box.code() + " " + box.category()));
            moveTo.valueProperty().bindBidirectional(model.moveToProperty());
            Button move = new Button(ui.text("archiveTab.move"));
            move.setId("moveButton");
            move.setOnAction(event -> model.moveToBox());
            form.getChildren().addAll(attach, new Separator(), new FormGrid().row(ui.text("archiveTab.moveTo"), moveTo)
                    .full(move));
        }
        return form;
    }

    private TableView<Loan> loansTable() {
        TableView<Loan> table = new TableView<>(model.loans());
        table.setId("archiveLoans");
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.fileNo"), 135, Loan::fileNo));
        table.getColumns().add(Tables.textColumn(ui.text("loan.column.borrower"), 80, Loan::borrower));
        table.getColumns().add(Tables.textColumn(ui.text("loan.column.due"), 95, loan -> loan.dueOn().format(DAY)));
        table.getColumns().add(Tables.textColumn(ui.text("loan.column.approvedBy"), 80, Loan::approverName));
        table.getColumns().add(Tables.textColumn(ui.text("loan.column.pages"), 60, RegisterPrintouts::pages));
        table.getColumns().add(Tables.textColumn(ui.text("loan.column.state"), 140, model::stateOf));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(110);
        table.setRowFactory(view -> new FlaggedRow());
        Tables.placeholder(table, ui.text("archiveTab.noLoans"));
        return table;
    }

    private FormGrid filingForm() {
        ComboBox<DocumentType> type = new ComboBox<>(model.types());
        type.setId("docType");
        type.setConverter(NamedConverter.of(DocumentType::name));
        type.valueProperty().bindBidirectional(model.typeProperty());
        ComboBox<Confidentiality> level = new ComboBox<>();
        level.setId("docLevel");
        level.getItems().setAll(Confidentiality.values());
        level.setConverter(new LocalizedConverter<>(ui.messages()));
        level.valueProperty().bindBidirectional(model.levelProperty());
        DatePicker received = IsoDatePicker.create();
        received.setId("docReceived");
        received.valueProperty().bindBidirectional(model.receivedProperty());
        ComboBox<Box> box = new ComboBox<>(model.boxes());
        box.setId("docBox");
        box.setConverter(NamedConverter.of(one -> one.code() + " " + one.category() + " " + one.range()));
        box.valueProperty().bindBidirectional(model.boxProperty());
        ComboBox<Person> person = new ComboBox<>(model.people());
        person.setId("docPerson");
        person.setConverter(NamedConverter.of(Person::name));
        person.valueProperty().bindBidirectional(model.personProperty());
        Button file = new Button(ui.text("archiveTab.file"));
        file.setId("fileDocumentButton");
        file.getStyleClass().add(Styles.ACCENT);
        file.disableProperty().bind(model.busyProperty());
        file.setOnAction(event -> model.file());
        return new FormGrid()
                .row(ui.text("archive.column.type"), type)
                .row(ui.text("archive.column.pages"), field("docPages", 5, model.pagesProperty()))
                .row(ui.text("archive.column.level"), level)
                .row(ui.text("archive.column.received"), received)
                .row(ui.text("archiveTab.box"), box)
                .row(ui.text("archiveTab.person"), person)
                .row(ui.text("archive.column.notes"), field("docNotes", 12, model.notesProperty()))
                .full(file);
    }

    private static TextField field(String id, int columns, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }

}
