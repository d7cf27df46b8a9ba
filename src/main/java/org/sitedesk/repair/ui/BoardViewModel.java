package org.sitedesk.repair.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.repair.Category;
import org.sitedesk.repair.Completion;
import org.sitedesk.repair.Engineer;
import org.sitedesk.repair.EngineerRef;
import org.sitedesk.repair.EngineerService;
import org.sitedesk.repair.Priority;
import org.sitedesk.repair.RepairSettings;
import org.sitedesk.repair.RepairSettingsService;
import org.sitedesk.repair.RequestEvent;
import org.sitedesk.repair.RepairServices;
import org.sitedesk.repair.RequestState;
import org.sitedesk.repair.ReturnVisit;
import org.sitedesk.repair.ServiceRequest;
import org.sitedesk.repair.StateMove;
import org.sitedesk.repair.VisitOutcome;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 派工看板: the requests in their columns, filtered by engineer, category, priority and overdue;
 * the clocks ticked every second; every move goes to the service in the background and the card is
 * replaced by what the service returns, or the refusal's reason is shown.
 */
public final class BoardViewModel {
    /** The board's columns, left to right. */
    public static final List<RequestState> COLUMNS = List.of(RequestState.NEW, RequestState.DISPATCHED,
            RequestState.ON_SITE, RequestState.DONE, RequestState.RETURN_VISIT, RequestState.CLOSED, RequestState.ON_HOLD,
            RequestState.CANCELLED);
    /** Where Ctrl+→ takes a card. */
    private static final Map<RequestState, RequestState> NEXT = Map.of(RequestState.NEW, RequestState.DISPATCHED,
            RequestState.DISPATCHED, RequestState.ON_SITE, RequestState.ON_SITE, RequestState.DONE,
            RequestState.DONE, RequestState.RETURN_VISIT, RequestState.RETURN_VISIT, RequestState.CLOSED);

    private final RepairServices repair;
    private final EngineerService engineerService;
    private final RepairSettingsService settings;
    private final Actor actor;
    private final UiContext ui;
    private final FormState form;
    private final ClockText clockText;
    private final Map<Long, RequestCard> cards = new HashMap<>();
    private final Map<RequestState, ObservableList<RequestCard>> columns = new EnumMap<>(RequestState.class);
    private final ObservableList<Engineer> engineers = FXCollections.observableArrayList();
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObjectProperty<Engineer> engineerFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Category> categoryFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Priority> priorityFilter = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<RequestCard> selected = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private java.time.Duration visitWithin = java.time.Duration.ofDays(RepairSettings.DEFAULT_RETURN_VISIT_DAYS);

    public BoardViewModel(RepairServices repair, Actor actor, UiContext ui) {
        this.repair = repair;
        this.engineerService = repair.engineers();
        this.settings = repair.settings();
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        this.clockText = new ClockText(ui.messages());
        for (RequestState state : COLUMNS) {
            columns.put(state, FXCollections.observableArrayList());
        }
        engineerFilter.addListener((observable, old, now) -> arrange());
        categoryFilter.addListener((observable, old, now) -> arrange());
        priorityFilter.addListener((observable, old, now) -> arrange());
        overdueOnly.addListener((observable, old, now) -> arrange());
    }

    /** Loads the board, the engineers and the categories in the background. */
    public void reload() {
        form.run(progress -> load(), this::show);
    }

    /**
     * Picks up what other terminals did, without touching the message line or the buttons: the
     * board runs this every half minute while it is on screen.
     */
    public void refreshQuietly() {
        if (form.isBusy()) {
            return;
        }
        ui.tasks().execute(org.sitedesk.ui.BackgroundTask.of(progress -> load()).onSuccess(this::show));
    }

    private Loaded load() {
        return new Loaded(repair.lookup().board(), engineerService.engineers(), settings.categories(),
                settings.load().returnVisitDays());
    }

    private void show(Loaded loaded) {
        visitWithin = java.time.Duration.ofDays(loaded.returnVisitDays());
        engineers.setAll(loaded.engineers().stream().filter(Engineer::active).toList());
        categories.setAll(loaded.categories());
        Map<Long, RequestCard> kept = new HashMap<>(cards);
        cards.clear();
        for (ServiceRequest request : loaded.requests()) {
            RequestCard card = kept.getOrDefault(request.id(), new RequestCard(request));
            card.replace(request);
            cards.put(request.id(), card);
        }
        tick(ui.clock().instant());
        arrange();
    }

    /**
     * The per-second update: every card's clock is recomputed, but only cards whose text or colour
     * changed are touched (and only cells on screen listen). Returns how many changed.
     */
    public int tick(Instant now) {
        int changed = 0;
        boolean overdueChanged = false;
        for (RequestCard card : cards.values()) {
            boolean wasLate = card.late();
            if (card.refresh(now, clockText, visitWithin)) {
                changed++;
                overdueChanged |= wasLate != card.late();
            }
        }
        if (overdueChanged) {
            countOverdue();
            if (overdueOnly.get()) {
                arrange();
            }
        }
        return changed;
    }

    /** Puts each card that passes the filters in its column, the one due soonest first. */
    private void arrange() {
        Instant now = ui.clock().instant();
        Map<RequestState, List<RequestCard>> sorted = new EnumMap<>(RequestState.class);
        for (RequestState state : COLUMNS) {
            sorted.put(state, new ArrayList<>());
        }
        cards.values().stream().filter(this::shown)
                .sorted(java.util.Comparator.comparing((RequestCard card) -> card.request().runningClock()
                                .map(clock -> clock.deadline(now)).orElse(card.request().reportedAt()))
                        .thenComparing(card -> card.request().id()))
                .forEach(card -> sorted.get(card.request().state()).add(card));
        RequestCard chosen = selected.get();
        boolean chosenMoved = false;
        for (Map.Entry<RequestState, List<RequestCard>> column : sorted.entrySet()) {
            if (!columns.get(column.getKey()).equals(column.getValue())) {
                columns.get(column.getKey()).setAll(column.getValue());
                chosenMoved |= column.getValue().contains(chosen);
            }
        }
        if (chosen != null && (chosenMoved || !cards.containsValue(chosen))) {
            // its column was refilled (which drops the list's selection): choose it again so the column shows it
            selected.set(null);
            selected.set(cards.containsValue(chosen) ? chosen : null);
        }
        countOverdue();
    }

    private void countOverdue() {
        long open = cards.values().stream().filter(card -> card.request().state().open()).count();
        long overdue = cards.values().stream().filter(RequestCard::overdue).count();
        summary.set(ui.format("board.summary", open, overdue));
    }

    private boolean shown(RequestCard card) {
        ServiceRequest request = card.request();
        Engineer engineer = engineerFilter.get();
        if (engineer != null && request.engineers().stream().noneMatch(ref -> ref.id() == engineer.id())) {
            return false;
        }
        Category category = categoryFilter.get();
        if (category != null && !category.code().equals(request.categoryCode())) {
            return false;
        }
        if (priorityFilter.get() != null && priorityFilter.get() != request.priority()) {
            return false;
        }
        return !overdueOnly.get() || card.late();
    }

    /**
     * Why a card cannot go to {@code to}, before any form is opened for it: the board's order,
     * closed work, a close without its return visit. Reasons and engineers are asked for afterwards.
     */
    public Optional<String> refusal(RequestCard card, RequestState to) {
        ServiceRequest request = card.request();
        if (to == RequestState.DISPATCHED && !request.type().worked()) {
            return Optional.of(ui.format("error.request.notWorked", request.type()));
        }
        StateMove.Facts facts = new StateMove.Facts(true, request.visit().isPresent(), true,
                request.stateBeforeHold().orElse(null), !request.type().worked());
        return StateMove.refusal(request.state(), to, facts).map(ui::text);
    }

    /** Where Ctrl+→ takes the card: the next column, or back from a hold to where it was. */
    public Optional<RequestState> next(RequestCard card) {
        ServiceRequest request = card.request();
        if (request.state() == RequestState.ON_HOLD) {
            return request.stateBeforeHold();
        }
        if (request.state() == RequestState.NEW && !request.type().worked()) {
            return Optional.of(RequestState.CLOSED);
        }
        return Optional.ofNullable(NEXT.get(request.state()));
    }

    /** Where Ctrl+← would take it: the column before (always refused; said so rather than ignored). */
    public Optional<RequestState> previous(RequestCard card) {
        int at = COLUMNS.indexOf(card.request().state());
        return at > 0 && at <= COLUMNS.indexOf(RequestState.CLOSED) ? Optional.of(COLUMNS.get(at - 1)) : Optional.empty();
    }

    public void showRefusal(String sentence) {
        form.showText(sentence);
    }

    public void dispatch(RequestCard card, List<Long> engineerIds) {
        act(() -> repair.moves().dispatch(actor, card.request().id(), engineerIds), "board.done.dispatched");
    }

    public void arrive(RequestCard card, Instant at) {
        act(() -> repair.moves().arrive(actor, card.request().id(), at), "board.done.arrived");
    }

    public void complete(RequestCard card, Completion completion) {
        act(() -> repair.moves().complete(actor, card.request().id(), completion), "board.done.completed");
    }

    public void hold(RequestCard card, String reason) {
        act(() -> repair.moves().hold(actor, card.request().id(), reason), "board.done.held");
    }

    public void cancel(RequestCard card, String reason) {
        act(() -> repair.moves().cancel(actor, card.request().id(), reason), "board.done.cancelled");
    }

    public void reply(RequestCard card, String text) {
        act(() -> repair.followUp().reply(actor, card.request().id(), text), "board.done.replied");
    }

    /** Moves that need nothing typed: to 待回访, to 已关闭, back from a hold. */
    public void move(RequestCard card, RequestState to) {
        act(() -> repair.moves().move(actor, card.request().id(), to), "board.done.moved");
    }

    public void visit(RequestCard card, ReturnVisit visit) {
        form.run(progress -> repair.followUp().recordVisit(actor, card.request().id(), visit), (VisitOutcome outcome) -> {
            placed(outcome.visited());
            outcome.rework().ifPresent(this::placed);
            form.showText(outcome.rework()
                    .map(rework -> ui.format("board.done.visitRework", outcome.visited().number(), rework.number()))
                    .orElse(ui.format("board.done.visited", outcome.visited().number())));
        });
    }

    /** A request logged elsewhere (the form) appears on the board at once. */
    public void placed(ServiceRequest request) {
        RequestCard card = cards.computeIfAbsent(request.id(), id -> new RequestCard(request));
        card.replace(request);
        card.refresh(ui.clock().instant(), clockText, visitWithin);
        arrange();
        selected.set(card);
    }

    /** The request's history, for its details. */
    public void history(RequestCard card, Consumer<List<RequestEvent>> shown) {
        form.run(progress -> repair.lookup().history(card.request().id()), shown);
    }

    /** On-duty engineers to dispatch to, those whose skills name the card's category first. */
    public List<Engineer> dispatchable(RequestCard card) {
        String category = card.request().categoryName();
        List<Engineer> onDuty = new ArrayList<>(engineers.stream().filter(Engineer::onDuty).toList());
        onDuty.sort(java.util.Comparator.comparing((Engineer engineer) -> !engineer.skills().contains(category))
                .thenComparing(Engineer::openWork));
        return onDuty;
    }

    public List<Long> assigned(RequestCard card) {
        return card.request().engineers().stream().map(EngineerRef::id).toList();
    }

    public boolean mayWork() {
        return actor.may(Permission.WORK_REQUESTS);
    }

    public boolean mayVisit() {
        return actor.may(Permission.VISIT_REQUESTS);
    }

    public boolean mayLog() {
        return actor.may(Permission.LOG_REQUESTS);
    }

    private void act(java.util.function.Supplier<ServiceRequest> work, String doneKey) {
        form.run(progress -> work.get(), changed -> {
            placed(changed);
            form.showText(ui.format(doneKey, changed.number(), ui.text(changed.state().messageKey())));
        });
    }

    public ObservableList<RequestCard> column(RequestState state) {
        return columns.get(state);
    }

    public int cardCount() {
        return cards.size();
    }

    public ObservableList<Engineer> engineers() {
        return engineers;
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    public ObjectProperty<Engineer> engineerFilterProperty() {
        return engineerFilter;
    }

    public ObjectProperty<Category> categoryFilterProperty() {
        return categoryFilter;
    }

    public ObjectProperty<Priority> priorityFilterProperty() {
        return priorityFilter;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public ObjectProperty<RequestCard> selectedProperty() {
        return selected;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }

    /** What one load brings back to the FX thread. */
    private record Loaded(List<ServiceRequest> requests, List<Engineer> engineers, List<Category> categories,
            int returnVisitDays) {
    }
}
