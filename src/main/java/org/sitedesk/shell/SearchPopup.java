package org.sitedesk.shell;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.sitedesk.ui.Theme;

/**
 * Results while typing, under the header's search box: arrow keys move, Enter opens, Esc closes.
 * The search itself is an in-memory index (a few milliseconds), so it runs as the user types.
 * Ctrl+P prints every match as a list.
 */
final class SearchPopup {
    private static final int SHOWN = 12;
    private static final double ROW_HEIGHT = 36;

    private final TextField field;
    private final Popup popup = new Popup();
    private final ListView<SearchSuggestion> list = new ListView<>();
    private Function<String, List<SearchSuggestion>> search = text -> List.of();
    private LongConsumer open = id -> { };
    private Consumer<String> print = text -> { };

    SearchPopup(TextField field, String nothingFound, String printHint) {
        this.field = field;
        list.setId("searchResults");
        list.getStyleClass().add("search-results");
        list.setPrefWidth(480);
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(view -> new SuggestionCell());
        list.setPlaceholder(new Label(nothingFound));
        list.setOnMouseClicked(event -> openSelected());
        Label hint = new Label(printHint);
        hint.getStyleClass().add("search-hint");
        VBox content = new VBox(list, hint);
        content.getStyleClass().add("search-popup");
        Theme.apply(content);
        popup.getContent().add(content);
        popup.setAutoHide(true);
        field.textProperty().addListener((observable, old, text) -> update(text));
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    void connect(Function<String, List<SearchSuggestion>> searchFunction, LongConsumer opener, Consumer<String> printer) {
        this.search = searchFunction;
        this.open = opener;
        this.print = printer;
    }

    private void update(String text) {
        String query = text == null ? "" : text.trim();
        if (query.isEmpty()) {
            popup.hide();
            return;
        }
        List<SearchSuggestion> found = search.apply(query);
        list.getItems().setAll(found.size() > SHOWN ? found.subList(0, SHOWN) : found);
        list.setPrefHeight(Math.max(1, Math.min(SHOWN, list.getItems().size())) * ROW_HEIGHT + 2);
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        if (!popup.isShowing() && field.getScene() != null) {
            Bounds bounds = field.localToScreen(field.getBoundsInLocal());
            popup.show(field, bounds.getMinX(), bounds.getMaxY() + 2);
        }
    }

    private void key(KeyEvent event) {
        if (!popup.isShowing()) {
            return;
        }
        int index = list.getSelectionModel().getSelectedIndex();
        if (event.getCode() == KeyCode.DOWN) {
            list.getSelectionModel().select(Math.min(index + 1, list.getItems().size() - 1));
            event.consume();
        } else if (event.getCode() == KeyCode.UP) {
            list.getSelectionModel().select(Math.max(index - 1, 0));
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER) {
            openSelected();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            popup.hide();
            event.consume();
        } else if (event.getCode() == KeyCode.P && event.isShortcutDown() && !list.getItems().isEmpty()) {
            popup.hide();
            print.accept(field.getText().trim());
            event.consume();
        }
    }

    private void openSelected() {
        SearchSuggestion chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            popup.hide();
            field.clear();
            open.accept(chosen.id());
        }
    }


    /** The room in bold, then what matched. */
    private static final class SuggestionCell extends ListCell<SearchSuggestion> {
        @Override
        protected void updateItem(SearchSuggestion item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(item.title());
            title.getStyleClass().add("search-title");
            Label detail = new Label(item.detail());
            detail.getStyleClass().add("search-detail");
            HBox line = new HBox(12, title, detail);
            line.setAlignment(Pos.CENTER_LEFT);
            setGraphic(line);
            setText(null);
        }
    }
}
