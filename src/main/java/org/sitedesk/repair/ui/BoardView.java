package org.sitedesk.repair.ui;

import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.sitedesk.repair.Category;
import org.sitedesk.repair.Engineer;
import org.sitedesk.repair.RequestState;
import org.sitedesk.repair.ServiceRequest;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.NamedConverter;
import org.sitedesk.ui.UiContext;

/**
 * 派工看板 screen: a column per state with its cards; drag a card to another column, or select it
 * and press Ctrl+→ (next column) and the action keys; a move that needs more asks for it in a small
 * form. The clocks tick once a second while the board is on screen.
 */
public final class BoardView extends BorderPane {
    private static final double COLUMN_WIDTH = 192;
    /** Columns stacked in the last lane: they hold few cards and need no clock watching. */
    private static final List<RequestState> SIDE_LANE = List.of(RequestState.ON_HOLD, RequestState.CLOSED,
            RequestState.CANCELLED);
    /** How often the board picks up other terminals' moves. */
    private static final int RELOAD_SECONDS = 30;

    private final BoardViewModel model;
    private final UiContext ui;
    private final BoardDialogs dialogs;
    private final Consumer<ServiceRequest> printSlip;
    private final Timeline ticker;
    private RequestCard dragged;
    private long seconds;

    /**
     * @param newRequest opens the request form (the board reloads the card it returns)
     * @param printSlip prints the dispatch slip of a request
     */
    public BoardView(BoardViewModel model, UiContext ui, Runnable newRequest, Consumer<ServiceRequest> printSlip) {
        this.model = model;
        this.ui = ui;
        this.printSlip = printSlip;
        this.dialogs = new BoardDialogs(ui, () -> getScene().getWindow());
        getStyleClass().addAll("page", "board");
        Label title = new Label(ui.text("nav.board"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        Button add = new Button(ui.text("board.new"));
        add.setId("newRequestButton");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(event -> newRequest.run());
        add.setVisible(model.mayLog());
        add.setManaged(model.mayLog());
        Button refresh = new Button(ui.text("board.refresh"));
        refresh.setId("boardRefresh");
        refresh.setOnAction(event -> model.reload());
        Label summary = new Label();
        summary.setId("boardSummary");
        summary.textProperty().bind(model.summaryProperty());
        HBox heading = new HBox(12, title, add, refresh, summary);
        heading.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("boardMessage");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        setTop(new VBox(8, heading, filters(), message));

        HBox columns = new HBox(8);
        columns.setId("boardColumns");
        for (RequestState state : BoardViewModel.COLUMNS) {
            if (!SIDE_LANE.contains(state)) {
                columns.getChildren().add(column(state));
            }
        }
        // finished and waiting work shares the last lane, so the six lanes fit a counter's screen
        VBox side = new VBox(8);
        for (RequestState state : SIDE_LANE) {
            VBox column = column(state);
            VBox.setVgrow(column, Priority.ALWAYS);
            side.getChildren().add(column);
        }
        side.setPrefWidth(COLUMN_WIDTH);
        side.setMinWidth(COLUMN_WIDTH);
        columns.getChildren().add(side);
        ScrollPane scroller = new ScrollPane(columns);
        scroller.setFitToHeight(true);
        scroller.getStyleClass().add("board-scroller");
        setCenter(scroller);
        setBottom(actions());

        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> {
            model.tick(ui.clock().instant());
            if (++seconds % RELOAD_SECONDS == 0) {
                model.refreshQuietly();
            }
        }));
        ticker.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
        model.reload();
    }

    private FlowPane filters() {
        ComboBox<Engineer> engineer = new ComboBox<>(model.engineers());
        engineer.setId("engineerFilter");
        engineer.setPromptText(ui.text("board.filter.engineer"));
        engineer.setConverter(NamedConverter.of(Engineer::name));
        engineer.valueProperty().bindBidirectional(model.engineerFilterProperty());
        ComboBox<Category> category = new ComboBox<>(model.categories());
        category.setId("categoryFilter");
        category.setPromptText(ui.text("board.filter.category"));
        category.setConverter(NamedConverter.of(Category::name));
        category.valueProperty().bindBidirectional(model.categoryFilterProperty());
        ComboBox<org.sitedesk.repair.Priority> priority = new ComboBox<>();
        priority.getItems().setAll(org.sitedesk.repair.Priority.values());
        priority.setId("priorityFilter");
        priority.setPromptText(ui.text("board.filter.priority"));
        priority.setConverter(new LocalizedConverter<>(ui.messages()));
        priority.valueProperty().bindBidirectional(model.priorityFilterProperty());
        CheckBox overdue = new CheckBox(ui.text("board.filter.overdue"));
        overdue.setId("overdueFilter");
        overdue.selectedProperty().bindBidirectional(model.overdueOnlyProperty());
        Button clear = new Button(ui.text("board.filter.clear"));
        clear.setId("clearFilters");
        clear.setOnAction(event -> {
            engineer.setValue(null);
            category.setValue(null);
            priority.setValue(null);
            overdue.setSelected(false);
        });
        FlowPane filters = new FlowPane(8, 8, engineer, category, priority, overdue, clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        return filters;
    }

    private VBox column(RequestState state) {
        ListView<RequestCard> list = new ListView<>(model.column(state));
        list.setId("column-" + state.name());
        list.getStyleClass().add("board-column");
        list.setCellFactory(view -> new CardCell(ui));
        list.setPlaceholder(new Label(""));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, card) -> {
            if (card != null) {
                model.selectedProperty().set(card);
            }
        });
        model.selectedProperty().addListener((observable, old, card) -> {
            if (card == null || !list.getItems().contains(card)) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != card) {
                list.getSelectionModel().select(card);
                list.scrollTo(card);
            }
        });
        list.setOnMouseDragReleased((MouseDragEvent event) -> {
            if (dragged != null) {
                RequestCard card = dragged;
                dragged = null;
                if (card.request().state() != state) {
                    moveTo(card, state);
                }
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && model.selectedProperty().get() != null) {
                details(model.selectedProperty().get());
            }
        });
        Label header = new Label();
        header.getStyleClass().add("board-column-title");
        header.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> ui.text(state.messageKey()) + "  " + model.column(state).size(), model.column(state)));
        header.setId("columnTitle-" + state.name());
        VBox column = new VBox(6, header, list);
        column.setPrefWidth(COLUMN_WIDTH);
        column.setMinWidth(COLUMN_WIDTH);
        column.getStyleClass().add("board-column-box");
        return column;
    }

    private HBox actions() {
        HBox bar = new HBox(8);
        bar.getStyleClass().add("page-actions");
        bar.setAlignment(Pos.CENTER_LEFT);
        Label chosen = new Label();
        chosen.setId("boardSelection");
        chosen.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            RequestCard card = model.selectedProperty().get();
            return card == null ? ui.text("board.chooseCard") : card.request().number();
        }, model.selectedProperty()));
        bar.getChildren().add(chosen);
        if (model.mayWork()) {
            bar.getChildren().addAll(
                    action("boardDispatch", "board.action.dispatch", card -> moveTo(card, RequestState.DISPATCHED)),
                    action("boardArrive", "board.action.arrive", card -> moveTo(card, RequestState.ON_SITE)),
                    action("boardComplete", "board.action.complete", card -> moveTo(card, RequestState.DONE)),
                    action("boardHold", "board.action.hold", card -> moveTo(card, RequestState.ON_HOLD)),
                    action("boardResume", "board.action.resume", card -> card.request().stateBeforeHold()
                            .ifPresentOrElse(back -> moveTo(card, back),
                                    () -> model.showRefusal(ui.text("error.request.notHeld")))),
                    action("boardCancel", "board.action.cancel", card -> moveTo(card, RequestState.CANCELLED)));
        }
        if (model.mayVisit()) {
            bar.getChildren().addAll(
                    action("boardReply", "board.action.reply", this::reply),
                    action("boardVisit", "board.action.visit", this::visit));
        }
        bar.getChildren().addAll(
                action("boardPrint", "board.action.print", card -> printSlip.accept(card.request())),
                action("boardDetails", "board.action.details", this::details));
        return bar;
    }

    private Button action(String id, String key, Consumer<RequestCard> onCard) {
        Button button = new Button(ui.text(key));
        button.setId(id);
        button.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        button.setOnAction(event -> onCard.accept(model.selectedProperty().get()));
        return button;
    }

    /** Ctrl+→ next column, Ctrl+← the one before (refused, with the reason), Ctrl+P the slip, Enter the details. */
    private void keys(KeyEvent event) {
        RequestCard card = model.selectedProperty().get();
        if (card == null) {
            return;
        }
        if (new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN).match(event)) {
            model.next(card).ifPresentOrElse(to -> moveTo(card, to),
                    () -> model.showRefusal(ui.text("error.request.finished")));
            event.consume();
        } else if (new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN).match(event)) {
            model.previous(card).ifPresent(to -> moveTo(card, to));
            event.consume();
        } else if (new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN).match(event)) {
            printSlip.accept(card.request());
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER && event.getTarget() instanceof ListView<?>) {
            details(card);
            event.consume();
        }
    }

    /**
     * One move, whichever way it was asked for: refused at once with the reason if the board's rules
     * forbid it, otherwise with the form it needs, then done by the service. 派工 on work already
     * dispatched changes its engineers.
     */
    private void moveTo(RequestCard card, RequestState to) {
        ServiceRequest request = card.request();
        if (request.state() == RequestState.ON_HOLD && request.stateBeforeHold().orElse(null) == to) {
            model.move(card, to);
            return;
        }
        boolean reassign = to == RequestState.DISPATCHED
                && (request.state() == RequestState.DISPATCHED || request.state() == RequestState.ON_SITE);
        Optional<String> refusal = reassign ? Optional.empty() : model.refusal(card, to);
        if (refusal.isPresent()) {
            model.showRefusal(refusal.get());
            return;
        }
        switch (to) {
            case DISPATCHED -> dialogs.engineers(request, model.dispatchable(card), model.assigned(card))
                    .ifPresent(chosen -> model.dispatch(card, chosen));
            case ON_SITE -> dialogs.arrival(request).ifPresent(at -> model.arrive(card, at));
            case DONE -> dialogs.completion(request).ifPresent(done -> model.complete(card, done));
            case ON_HOLD -> dialogs.text(request, "board.hold.title", "board.hold.prompt")
                    .ifPresent(reason -> model.hold(card, reason));
            case CANCELLED -> dialogs.text(request, "board.cancel.title", "board.cancel.prompt")
                    .ifPresent(reason -> model.cancel(card, reason));
            case CLOSED -> {
                if (request.type().worked()) {
                    model.move(card, to);
                } else {
                    reply(card);
                }
            }
            case RETURN_VISIT, NEW -> model.move(card, to);
        }
    }

    private void reply(RequestCard card) {
        dialogs.text(card.request(), "board.reply.title", "board.reply.prompt").ifPresent(text -> model.reply(card, text));
    }

    private void visit(RequestCard card) {
        dialogs.visit(card.request(), "").ifPresent(visit -> model.visit(card, visit));
    }

    private void details(RequestCard card) {
        model.history(card, events -> new RequestDetails(ui, card.request(), events).show(getScene().getWindow()));
    }

    /** The per-second update as the ticker runs it, for measuring the board. */
    int tickNow(Instant now) {
        return model.tick(now);
    }

    /** A card: number and priority, place and category, engineers, and the running clock coloured by its state. */
    private final class CardCell extends ListCell<RequestCard> {
        private final Label number = new Label();
        private final Label tags = new Label();
        private final Label place = new Label();
        private final Label engineers = new Label();
        private final Label clock = new Label();
        private final VBox box;
        private final UiContext context;
        private final javafx.beans.InvalidationListener restyle = observable -> clockStyle(getItem());
        private RequestCard watched;

        CardCell(UiContext context) {
            this.context = context;
            number.getStyleClass().add("card-number");
            tags.getStyleClass().add("card-tags");
            place.setWrapText(true);
            engineers.getStyleClass().add(Styles.TEXT_MUTED);
            clock.getStyleClass().add("card-clock");
            box = new VBox(2, number, tags, place, engineers, clock);
            box.getStyleClass().add("request-card");
            box.setMaxWidth(COLUMN_WIDTH - 24);
            place.setMaxWidth(COLUMN_WIDTH - 30);
            setOnDragDetected(event -> {
                if (getItem() != null && model.mayWork()) {
                    dragged = getItem();
                    startFullDrag();
                }
            });
        }

        @Override
        protected void updateItem(RequestCard card, boolean empty) {
            super.updateItem(card, empty);
            clock.textProperty().unbind();
            if (watched != null) {
                watched.clockStateProperty().removeListener(restyle);
                watched = null;
            }
            if (empty || card == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            ServiceRequest request = card.request();
            number.setText(request.number());
            tags.setText(tagText(request));
            tags.getStyleClass().setAll("card-tags", "priority-" + request.priority().name().toLowerCase(java.util.Locale.ROOT));
            place.setText(request.location().name() + " · " + request.categoryName());
            engineers.setText(request.engineers().isEmpty() ? context.text("board.noEngineer") : request.engineerNames());
            clock.textProperty().bind(card.clockProperty());
            clockStyle(card);
            watched = card;
            card.clockStateProperty().addListener(restyle);
            setGraphic(box);
            setText(null);
        }

        private void clockStyle(RequestCard card) {
            if (card == null) {
                return;
            }
            org.sitedesk.repair.ClockState state = card.clockStateProperty().get();
            String style = state == null ? "clock-none" : "clock-" + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            clock.getStyleClass().setAll("card-clock", style);
            box.getStyleClass().setAll("request-card", style);
        }

        private String tagText(ServiceRequest request) {
            StringBuilder text = new StringBuilder(context.text(request.priority().messageKey()));
            if (request.type() != org.sitedesk.repair.RequestType.REPAIR) {
                text.append(" · ").append(context.text(request.type().messageKey()));
            }
            if (request.paid()) {
                text.append(" · ").append(context.text("board.paid"));
            }
            if (request.reworkOf().isPresent()) {
                text.append(" · ").append(context.text("board.rework"));
            }
            return text.toString();
        }
    }
}
