package org.sitedesk.print.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.RegisterColumn;
import org.sitedesk.print.RegisterPrintout;
import org.sitedesk.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * 打印清单 for a list screen: what the table shows now (its visible columns in their order and
 * widths, its rows in their sort order), taken on the FX thread and printed in the background. The
 * table only knows its words, so titles and cells that are the window's fixed words are put into the
 * printout language; names, numbers and sentences print as shown.
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
        return stamp -> {
            Messages words = stamp.messages();
            UnaryOperator<String> reword = ui.messages().rewordingInto(words);
            String count = words.format("print.register.count", rows.size());
            List<RegisterColumn> printed = columns.stream()
                    .map(column -> new RegisterColumn(reword.apply(column.title()), column.width())).toList();
            List<List<String>> cells = rows.stream().map(row -> row.stream().map(reword).toList()).toList();
            return RegisterPrintout.of(reword.apply(title), subtitle.isEmpty() ? count : reword.apply(subtitle) + " · " + count,
                    printed, cells, stamp, words.language().locale());
        };
    }
}
