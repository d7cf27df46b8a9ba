package org.sitedesk.fees.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitedesk.ui.UiContext;

/** 生成账单 screen: month, 预览, 生成 with a progress bar. */
public final class BillingView extends VBox {
    public BillingView(BillingViewModel model, UiContext ui) {
        super(14);
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.billing"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        Label hint = new Label(ui.text("billing.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        TextField period = new TextField();
        period.setId("billingPeriod");
        period.setPrefColumnCount(8);
        period.textProperty().bindBidirectional(model.periodProperty());
        Button preview = new Button(ui.text("billing.previewButton"));
        preview.setId("billingPreview");
        preview.disableProperty().bind(model.busyProperty());
        preview.setOnAction(event -> model.showPreview());
        Button run = new Button(ui.text("billing.run"));
        run.setId("billingRun");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(model.busyProperty());
        run.setOnAction(event -> model.run());
        HBox form = new HBox(8, new Label(ui.text("billing.period")), period, preview, run);
        form.setAlignment(Pos.CENTER_LEFT);
        Label previewText = new Label();
        previewText.setId("billingPreviewText");
        previewText.setWrapText(true);
        previewText.textProperty().bind(model.previewProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("billingProgress");
        progress.setPrefWidth(420);
        progress.progressProperty().bind(model.progressProperty());
        Label message = new Label();
        message.setId("billingMessage");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(title, hint, form, previewText, progress, message);
        model.showPreview();
    }
}
