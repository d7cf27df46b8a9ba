package org.sitedesk.renovation.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.sitedesk.core.id.ResidentIdNumber;
import org.sitedesk.core.money.Money;
import org.sitedesk.fees.OpenCharge;
import org.sitedesk.renovation.Acceptance;
import org.sitedesk.renovation.ApplicantKind;
import org.sitedesk.renovation.ChecklistDocument;
import org.sitedesk.renovation.Deduction;
import org.sitedesk.renovation.DocumentNeed;
import org.sitedesk.renovation.DepositLedger;
import org.sitedesk.renovation.FiledDocument;
import org.sitedesk.renovation.Inspection;
import org.sitedesk.renovation.RectificationNotice;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.renovation.ScopeItem;
import org.sitedesk.renovation.Worker;
import org.sitedesk.ui.FormFields;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/**
 * The chosen permit as the clerk reads it: who, what and when, the scope with its prohibitions, the
 * documents checklist and what approval still misses, the money owed and the deposit ledger, the
 * workers, inspections and rectification notices, and the last acceptance.
 */
final class PermitDetailsPane extends VBox {
    private final UiContext ui;
    private final PermitViewModel model;
    private final VBox facts = new VBox(8);
    private final TableView<Worker> workers = new TableView<>();
    private final TableView<Inspection> inspections = new TableView<>();
    private final TableView<RectificationNotice> notices = new TableView<>();
    private final VBox acceptance = new VBox(4);
    /** The workers, inspections, notices and acceptance: shown once a permit is chosen. */
    private final VBox lists = new VBox(8);

    PermitDetailsPane(PermitViewModel model, UiContext ui) {
        super(8);
        this.ui = ui;
        this.model = model;
        setId("permitDetails");
        workers.setId("permitWorkers");
        workers.getColumns().add(Tables.textColumn(ui.text("renovation.worker.name"), 80, Worker::name));
        workers.getColumns().add(Tables.textColumn(ui.text("renovation.worker.trade"), 70, Worker::trade));
        workers.getColumns().add(fixed(Tables.textColumn(ui.text("renovation.worker.idNumber"), 170,
                worker -> ResidentIdNumber.mask(worker.idNumber()))));
        workers.getColumns().add(Tables.textColumn(ui.text("renovation.worker.pass"), 130, Worker::passNumber));
        inspections.setId("permitInspections");
        inspections.getColumns().add(fixed(Tables.textColumn(ui.text("renovation.inspection.on"), 100,
                shown -> shown.on().toString())));
        inspections.getColumns().add(Tables.textColumn(ui.text("renovation.inspection.inspector"), 70, Inspection::inspector));
        inspections.getColumns().add(Tables.textColumn(ui.text("renovation.inspection.violation"), 60,
                shown -> ui.text(shown.violation() ? "renovation.yes" : "renovation.no")));
        inspections.getColumns().add(wrapping(Tables.textColumn(ui.text("renovation.inspection.findings"), 200,
                Inspection::findings)));
        inspections.getColumns().add(fixed(Tables.textColumn(ui.text("renovation.inspection.photos"), 50,
                shown -> shown.photos().isEmpty() ? "" : String.valueOf(shown.photos().size()))));
        notices.setId("permitNotices");
        notices.getColumns().add(fixed(Tables.textColumn(ui.text("renovation.notice.number"), 150, RectificationNotice::number)));
        notices.getColumns().add(fixed(Tables.textColumn(ui.text("renovation.notice.deadline"), 100,
                shown -> shown.deadline().toString())));
        notices.getColumns().add(fixed(Tables.textColumn(ui.text("renovation.notice.state"), 70,
                shown -> ui.messages().get(shown.state()))));
        notices.getColumns().add(wrapping(Tables.textColumn(ui.text("renovation.notice.correction"), 170,
                RectificationNotice::correction)));
        for (TableView<?> table : List.of(workers, inspections, notices)) {
            Tables.placeholder(table, ui.text("table.empty"));
            table.setPrefHeight(110);
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
        Button printNotice = new Button(ui.text("renovation.printNotice"), new FontIcon(MaterialDesignP.PRINTER_OUTLINE));
        printNotice.setId("printNotice");
        printNotice.disableProperty().bind(notices.getSelectionModel().selectedItemProperty().isNull());
        printNotice.setOnAction(event -> model.printRectification(notices.getSelectionModel().getSelectedItem(),
                getScene().getWindow()));
        Label noticeText = FormFields.wrapped("noticeText", "");
        notices.getSelectionModel().selectedItemProperty().addListener((observable, old, notice) -> noticeText.setText(
                notice == null ? "" : ui.format("renovation.noticeText", notice.number(), notice.correction(), notice.deadline())));
        printNotice.setVisible(model.mayPrint());
        printNotice.setManaged(model.mayPrint());
        Button openPhotos = new Button(ui.text("renovation.openPhotos"));
        openPhotos.setId("openInspectionPhotos");
        openPhotos.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> inspections.getSelectionModel().getSelectedItem() == null
                        || inspections.getSelectionModel().getSelectedItem().photos().isEmpty(),
                inspections.getSelectionModel().selectedItemProperty()));
        openPhotos.setOnAction(event -> model.openPhotos(inspections.getSelectionModel().getSelectedItem()));
        lists.getChildren().addAll(FormFields.heading(ui, "renovation.section.workers"), workers,
                FormFields.heading(ui, "renovation.section.inspections"), inspections, openPhotos,
                FormFields.heading(ui, "renovation.section.notices"), notices, noticeText, printNotice, acceptance);
        getChildren().addAll(facts, lists);
        model.detailsProperty().addListener((observable, old, shown) -> show(shown));
        show(model.detailsProperty().get());
    }

    /** A column whose text must show whole (numbers, dates): it keeps its width when the pane narrows. */
    private static <S> TableColumn<S, String> fixed(TableColumn<S, String> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    /** A column of free text: a long one shortened in its row, and whole in the cell's tooltip. */
    private static <S> TableColumn<S, String> wrapping(TableColumn<S, String> column) {
        column.setCellFactory(shown -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                setTooltip(empty || value == null || value.isBlank() ? null : new Tooltip(value));
            }
        });
        return column;
    }

    private void show(PermitDetails shown) {
        facts.getChildren().clear();
        acceptance.getChildren().clear();
        boolean any = shown != null;
        lists.setVisible(any);
        lists.setManaged(any);
        if (!any) {
            workers.getItems().clear();
            inspections.getItems().clear();
            notices.getItems().clear();
            facts.getChildren().add(FormFields.muted(ui, "renovation.choose"));
            return;
        }
        Renovation permit = shown.renovation();
        Label title = FormFields.wrapped("permitTitle", permit.number() + "  " + permit.room() + "  "
                + ui.messages().get(permit.state()));
        title.getStyleClass().add(Styles.TITLE_4);
        FormGrid grid = new FormGrid()
                .row(ui.text("renovation.field.applicant"), FormFields.wrapped("permitApplicant", permit.applicant() + "（"
                        + ui.messages().get(permit.applicantKind()) + "）" + (permit.applicantPhone().isBlank() ? ""
                        : " " + permit.applicantPhone())))
                .row(ui.text("renovation.field.contractor"), FormFields.wrapped("permitContractor", String.join(" · ",
                        List.of(permit.contractor(), permit.contractorLicence(), permit.contractorContact()).stream()
                                .filter(part -> !part.isBlank()).toList())))
                .row(ui.text("renovation.field.planned"), FormFields.wrapped("permitPlanned",
                        permit.plannedFrom() + " ~ " + permit.plannedTo()))
                .row(ui.text("renovation.field.valid"), FormFields.wrapped("permitValid", permit.validFrom()
                        .map(from -> from + " ~ " + permit.validTo().orElseThrow()).orElse(ui.text("renovation.notIssued"))))
                .row(ui.text("renovation.field.hours"), FormFields.wrapped("permitHours", ui.format("renovation.hours",
                        shown.settings().hoursText(), ui.text(shown.settings().noisyWorkOnRestDays()
                                ? "renovation.restDaysAllowed" : "renovation.restDaysQuiet"))));
        permit.reviewReason().filter(reason -> !reason.isBlank()).ifPresent(reason ->
                grid.row(ui.text("renovation.field.review"), FormFields.wrapped("permitReview", reason)));
        permit.endReason().filter(reason -> !reason.isBlank()).ifPresent(reason ->
                grid.row(ui.text("renovation.field.ended"), FormFields.wrapped("permitEnded", reason)));
        grid.row(ui.text("renovation.field.scope"), FormFields.wrapped("permitScope", scope(permit, shown)))
                .row(ui.text("renovation.field.documents"), FormFields.wrapped("permitDocuments", documents(shown)))
                .row(ui.text("renovation.field.money"), FormFields.wrapped("permitMoney", money(shown)))
                .row(ui.text("renovation.field.deposit"), FormFields.wrapped("permitLedger", ledger(shown.deposit())));
        facts.getChildren().addAll(title, grid);
        if (!shown.missing().isEmpty()) {
            Label missing = FormFields.wrapped("permitMissing", ui.format("renovation.missing", shown.missing().stream()
                    .map(need -> need.neededFor().isEmpty() ? need.documentName()
                            : ui.format("renovation.missingFor", need.documentName(), need.neededFor()))
                    .collect(Collectors.joining("、"))));
            missing.getStyleClass().add("form-message");
            facts.getChildren().add(missing);
        }
        workers.setItems(FXCollections.observableArrayList(shown.workers()));
        inspections.setItems(FXCollections.observableArrayList(shown.inspections()));
        notices.setItems(FXCollections.observableArrayList(shown.notices()));
        shown.acceptances().stream().findFirst().ifPresent(this::showAcceptance);
    }

    private void showAcceptance(Acceptance last) {
        acceptance.getChildren().add(FormFields.heading(ui, "renovation.section.acceptance"));
        acceptance.getChildren().add(FormFields.wrapped("permitAcceptance", ui.format("renovation.acceptanceLine", last.on(),
                last.inspector(), ui.text(last.passed() ? "renovation.passed" : "renovation.failed"),
                last.lines().stream().map(line -> line.item() + (line.passed() ? " ✓" : " ✗")).collect(Collectors.joining("、")))));
        if (model.mayPrint()) {
            Button print = new Button(ui.text("renovation.printAcceptance"), new FontIcon(MaterialDesignP.PRINTER_OUTLINE));
            print.setId("printAcceptance");
            print.setOnAction(event -> model.printAcceptance(getScene().getWindow()));
            acceptance.getChildren().add(print);
        }
    }

    /** Each item, and where it touches a prohibition which one and what document it needs. */
    private String scope(Renovation permit, PermitDetails shown) {
        String plain = permit.scope().stream().filter(item -> item.prohibition().isEmpty()).map(ScopeItem::name)
                .collect(Collectors.joining("、"));
        List<String> lines = new java.util.ArrayList<>();
        if (!plain.isEmpty()) {
            lines.add(plain);
        }
        permit.scope().stream().filter(item -> item.prohibition().isPresent()).map(item -> scopeLine(item, shown))
                .forEach(lines::add);
        return String.join("\n", lines);
    }

    private String scopeLine(ScopeItem item, PermitDetails shown) {
        return item.prohibition().map(prohibition -> ui.format("renovation.scopeProhibited", item.name(),
                ui.messages().get(prohibition), item.requiredDocument().map(shown::documentName).orElse(""))).orElse(item.name());
    }

    /** The documents this application needs (and any other on file), each received, attached or still missing. */
    private String documents(PermitDetails shown) {
        Renovation permit = shown.renovation();
        List<FiledDocument> filed = permit.documents();
        return shown.checklist().stream().filter(ChecklistDocument::active).map(document -> {
            Optional<FiledDocument> onFile = filed.stream().filter(candidate -> candidate.code().equals(document.code())).findFirst();
            boolean needed = document.need() == DocumentNeed.ALWAYS
                    || document.need() == DocumentNeed.TENANT && permit.applicantKind() == ApplicantKind.TENANT
                    || permit.scope().stream().anyMatch(item -> item.requiredDocument().filter(document.code()::equals).isPresent());
            if (!needed && onFile.isEmpty()) {
                return null;
            }
            String status = onFile.map(found -> ui.text(found.attached() ? "renovation.doc.attached" : "renovation.doc.ticked"))
                    .orElse(ui.text("renovation.doc.none"));
            return document.name() + "：" + status;
        }).filter(java.util.Objects::nonNull).collect(Collectors.joining("\n"));
    }

    private String money(PermitDetails shown) {
        if (shown.renovation().chargeIds().isEmpty()) {
            return ui.text("renovation.money.notCharged");
        }
        if (shown.unpaid().isEmpty()) {
            return ui.text("renovation.money.paid");
        }
        Money owed = shown.unpaid().stream().map(OpenCharge::totalOpen).reduce(Money.ZERO, Money::plus);
        return ui.format("renovation.money.unpaid", owed, shown.unpaid().stream()
                .map(charge -> charge.itemName() + " " + charge.totalOpen()).collect(Collectors.joining("、")));
    }

    private String ledger(DepositLedger deposit) {
        StringBuilder text = new StringBuilder(ui.format("renovation.ledger", deposit.charged(), deposit.paid(),
                deposit.deducted(), deposit.refunded(), deposit.held()));
        for (Deduction deduction : deposit.deductions()) {
            text.append("\n").append(ui.format("renovation.ledger.deduction", deduction.reason(), deduction.amount()));
        }
        return text.toString();
    }
}
