package org.sitedesk.archive.ui;

import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.sitedesk.archive.Loan;
import org.sitedesk.archive.RegisterPrintouts;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 借阅登记 tab: the lending register with each loan's state; the slip, the list and the return of the chosen loan. */
final class LoansPane extends BorderPane {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    LoansPane(LoansViewModel model, UiContext ui) {
        CheckBox onlyOut = new CheckBox(ui.text("archiveScreen.onlyOut"));
        onlyOut.setId("onlyOutLoans");
        onlyOut.selectedProperty().bindBidirectional(model.onlyOutProperty());
        Button slip = new Button(ui.text("archiveTab.printSlip"));
        slip.setId("registerSlipButton");
        slip.setOnAction(event -> model.printSlip(getScene().getWindow()));
        Button list = new Button(ui.text("print.register.button"));
        list.setId("printLoansButton");
        list.setOnAction(event -> model.printRegister(getScene().getWindow()));
        FlowPane top = new FlowPane(8, 8, onlyOut, slip, list);
        top.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("loansMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        setTop(new VBox(8, top, message));

        TableView<Loan> table = new TableView<>(model.shown());
        table.setId("loansTable");
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.fileNo"), 120, Loan::fileNo));
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.type"), 110, Loan::typeName));
        table.getColumns().add(Tables.textColumn(ui.text("archive.column.level"), 50, loan -> loan.level().word()));
        table.getColumns().add(Tables.textColumn(ui.text("loan.column.borrower"), 100, Loan::borrower));
        table.getColumns().add(Tables.textColumn(ui.text("loan.column.reason"), 140, Loan::reason));
        table.getColumns().add(Tables.textColumn(ui.text("loan.column.lentOn"), 90,
                loan -> loan.lentAt().atZoneSameInstant(ui.clock().getZone()).format(DAY)));
        table.getColumns().add(Tables.textColumn(ui.text("loan.column.due"), 90, loan -> loan.dueOn().format(DAY)));
        table.getColumns().add(Tables.textColumn(ui.text("loan.column.approvedBy"), 80, Loan::approverName));
        table.getColumns().add(Tables.textColumn(ui.text("loan.column.pages"), 60, RegisterPrintouts::pages));
        table.getColumns().add(Tables.textColumn(ui.text("loan.column.state"), 130, model::stateOf));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> new FlaggedRow());
        Tables.placeholder(table, ui.text("archiveTab.noLoans"));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, loan) -> model.selectedProperty().set(loan));
        setCenter(table);

        if (model.mayTakeBack()) {
            TextField pages = new TextField();
            pages.setId("loanPagesCounted");
            pages.setPrefColumnCount(4);
            pages.textProperty().bindBidirectional(model.pagesCountedProperty());
            Button giveBack = new Button(ui.text("archiveTab.giveBack"));
            giveBack.setId("loanReturnButton");
            giveBack.setOnAction(event -> model.giveBack());
            FlowPane bottom = new FlowPane(8, 8, new Label(ui.text("print.loanSlip.pagesReturned")), pages, giveBack);
            bottom.setAlignment(Pos.CENTER_LEFT);
            bottom.getStyleClass().add("page-actions");
            setBottom(bottom);
        }
    }
}
