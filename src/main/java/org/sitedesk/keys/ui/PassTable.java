package org.sitedesk.keys.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.sitedesk.core.money.Money;
import org.sitedesk.keys.Pass;
import org.sitedesk.keys.PassStatus;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** Passes as the register and the household card list them; a lost pass's row is red, a returned or ended one grey. */
final class PassTable extends TableView<Pass> {
    /** @param showRoom whether the room has a column (not on a household card, whose passes are all of one unit) */
    PassTable(String id, ObservableList<Pass> passes, Supplier<Map<Long, Money>> deposits, UiContext ui, boolean showRoom) {
        super(passes);
        setId(id);
        LocalDate today = LocalDate.now(ui.clock());
        getColumns().add(Tables.textColumn(ui.text("passes.column.number"), 104, Pass::number));
        getColumns().add(Tables.textColumn(ui.text("passes.column.type"), 84, Pass::typeName));
        if (showRoom) {
            getColumns().add(Tables.textColumn(ui.text("passes.column.room"), 76, Pass::room));
        }
        getColumns().add(Tables.textColumn(ui.text("passes.column.holder"), 96, Pass::holder));
        getColumns().add(Tables.textColumn(ui.text("passes.column.validFrom"), 90, pass -> pass.validFrom().toString()));
        getColumns().add(Tables.textColumn(ui.text("passes.column.validUntil"), 90, pass -> pass.validUntil().toString()));
        getColumns().add(Tables.textColumn(ui.text("passes.column.status"), 72, pass -> ui.messages().get(pass.status(today))));
        getColumns().add(Tables.textColumn(ui.text("passes.column.deposit"), 56,
                pass -> deposits.get().getOrDefault(pass.id(), Money.ZERO).toString()));
        getColumns().add(Tables.textColumn(ui.text("passes.column.note"), 150,
                pass -> org.sitedesk.keys.PassRegisterPrintout.note(pass, ui.messages())));
        // dates and numbers are read whole: the list scrolls sideways rather than cut them
        getColumns().forEach(column -> column.setMinWidth(column.getPrefWidth()));
        Tables.placeholder(this, ui.text("passes.none"));
        setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(Pass pass, boolean empty) {
                super.updateItem(pass, empty);
                getStyleClass().removeAll("pass-lost", "pass-closed");
                if (!empty && pass != null) {
                    PassStatus status = pass.status(today);
                    if (status == PassStatus.LOST) {
                        getStyleClass().add("pass-lost");
                    } else if (status != PassStatus.VALID && status != PassStatus.NOT_YET_VALID) {
                        getStyleClass().add("pass-closed");
                    }
                }
            }
        });
    }
}
