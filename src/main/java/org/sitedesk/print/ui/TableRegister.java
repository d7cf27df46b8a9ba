package org.sitedesk.print.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.RegisterColumn;
import org.sitedesk.print.RegisterPrintout;
import org.sitedesk.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * 打印清单 for a list screen: what the table shows now (its visible columns in their order and
 * widths, its rows in their sort order), taken on the FX thread and printed in the background.
 */
public final class TableRegister {
    private TableRegister() {
    }

    /** 打印清单 beside a list: previews what the table shows when pressed. */
    public static Button button(TableView<?> table, String title, Supplier<String> subtitle, PrintPreviews previews,
            UiContext ui) {
        Button print = new Button(ui.text("print.register.button"), new FontIcon(MaterialDesignP.PRINTER_OUTLINE));
        print.setId("printListButton");
        print.setOnAction(event -> previews.preview(table.getScene().getWindow(), title,
                of(table, title, subtitle.get(), ui)));
        return print;
    }

    public static <S> Function<PrintStamp, Printout> of(TableView<S> table, String title, String subtitle, UiContext ui) {
        List<RegisterColumn> columns = new ArrayList<>();
        for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
            columns.add(new RegisterColumn(column.getText(), column.getWidth()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (S item : table.getItems()) {
            List<String> row = new ArrayList<>();
            for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
                Object value = column.getCellData(item);
                row.add(value == null ? "" : value.toString());
            }
            rows.add(row);
        }
        String shown = subtitle.isEmpty() ? ui.format("print.register.count", rows.size())
                : subtitle + " · " + ui.format("print.register.count", rows.size());
        return stamp -> RegisterPrintout.of(title, shown, columns, rows, stamp, ui.messages().language().locale());
    }
}
