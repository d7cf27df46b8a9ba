package org.sitedesk.shell.admin;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.sitedesk.core.audit.AuditEntry;
import org.sitedesk.ui.IsoDatePicker;
import org.sitedesk.ui.Tables;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.print.ui.TableRegister;
import org.sitedesk.ui.UiContext;

/** 审计日志 screen: filters on top, the rows below, newest first. */
public final class AuditView extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public AuditView(AuditViewModel model, UiContext ui, PrintPreviews previews) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.audit"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");

        DatePicker from = IsoDatePicker.create();
        from.setId("auditFrom");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = IsoDatePicker.create();
        to.setId("auditTo");
        to.valueProperty().bindBidirectional(model.toProperty());
        TextField actor = new TextField();
        actor.setId("auditActor");
        actor.setPromptText(ui.text("audit.actor.prompt"));
        actor.textProperty().bindBidirectional(model.actorFilterProperty());
        TextField text = new TextField();
        text.setId("auditText");
        text.setPromptText(ui.text("audit.text.prompt"));
        text.textProperty().bindBidirectional(model.textProperty());
        Button search = new Button(ui.text("button.search"));
        search.setId("auditSearchButton");
        search.getStyleClass().add(Styles.ACCENT);
        search.setDefaultButton(true);
        search.disableProperty().bind(model.busyProperty());
        search.setOnAction(event -> model.search());

        FlowPane filters = new FlowPane(8, 8,
                new Label(ui.text("audit.from")), from, new Label(ui.text("audit.to")), to,
                new Label(ui.text("audit.actor")), actor, text, search);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("auditStatus");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        TableView<AuditEntry> table = new TableView<>(model.entries());
        filters.getChildren().add(TableRegister.button(table, ui.text("nav.audit"), model::filterDescription, previews, ui));
        setTop(new VBox(10, title, filters, status));

        table.setId("auditTable");
        table.getColumns().add(Tables.textColumn(ui.text("audit.column.time"), 150,
                entry -> entry.occurredAt().atZoneSameInstant(ui.clock().getZone()).format(TIME)));
        table.getColumns().add(Tables.textColumn(ui.text("audit.column.actor"), 110, AuditEntry::actor));
        table.getColumns().add(Tables.textColumn(ui.text("audit.column.action"), 120, model::actionOf));
        table.getColumns().add(Tables.textColumn(ui.text("audit.column.entity"), 110,
                entry -> entry.entityId() == null ? "" : entry.entityId()));
        table.getColumns().add(Tables.textColumn(ui.text("audit.column.summary"), 380, model::summaryOf));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(table, ui.text("table.empty"));
        setCenter(table);
        model.search();
    }
}
