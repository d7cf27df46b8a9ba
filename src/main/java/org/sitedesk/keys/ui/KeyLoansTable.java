package org.sitedesk.keys.ui;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.sitedesk.core.id.PhoneNumber;
import org.sitedesk.keys.CabinetKey;
import org.sitedesk.keys.Hook;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 借出登记: every key out now, the longest overdue first, overdue rows red; choosing one chooses its hook. */
final class KeyLoansTable extends TableView<CabinetKey> {
    KeyLoansTable(CabinetViewModel model, UiContext ui) {
        ObservableList<CabinetKey> out = FXCollections.observableArrayList();
        setItems(out);
        setId("keyLoansTable");
        getColumns().add(Tables.textColumn(ui.text("keys.column.key"), 70, CabinetKey::number));
        getColumns().add(Tables.textColumn(ui.text("keys.column.hook"), 60, key -> key.hook().map(Hook::label).orElse("")));
        getColumns().add(Tables.textColumn(ui.text("keys.column.opens"), 110, key -> key.opens().name()));
        getColumns().add(Tables.textColumn(ui.text("keys.column.borrower"), 90,
                key -> key.loan().map(loan -> loan.borrower().name()).orElse("")));
        getColumns().add(Tables.textColumn(ui.text("keys.column.phone"), 100,
                key -> key.loan().map(loan -> PhoneNumber.mask(loan.borrower().phone())).orElse("")));
        getColumns().add(Tables.textColumn(ui.text("keys.column.purpose"), 140, key -> key.loan().map(loan -> loan.purpose()).orElse("")));
        getColumns().add(Tables.textColumn(ui.text("keys.column.lentAt"), 120,
                key -> key.loan().map(loan -> model.time(loan.lentAt())).orElse("")));
        getColumns().add(Tables.textColumn(ui.text("keys.column.due"), 120,
                key -> key.loan().map(loan -> model.time(loan.due())).orElse("")));
        getColumns().add(Tables.textColumn(ui.text("keys.column.overdue"), 60,
                key -> key.overdue(model.now()) ? ui.text("keys.overdue") : ""));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(this, ui.text("keys.noneOut"));
        setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(CabinetKey key, boolean empty) {
                super.updateItem(key, empty);
                getStyleClass().remove("key-overdue");
                if (!empty && key != null && key.overdue(model.now())) {
                    getStyleClass().add("key-overdue");
                }
            }
        });
        model.keys().addListener((ListChangeListener<CabinetKey>) change -> out.setAll(model.out()));
        getSelectionModel().selectedItemProperty().addListener((observable, old, key) -> {
            if (key != null && key.hook().isPresent()) {
                model.cabinets().stream().filter(cabinet -> cabinet.code().equals(key.hook().get().cabinetCode())).findFirst()
                        .ifPresent(model.cabinetProperty()::set);
                model.hookProperty().set(key.hook().get().number());
            }
        });
    }
}
