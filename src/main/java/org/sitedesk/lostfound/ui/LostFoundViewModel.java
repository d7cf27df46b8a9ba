package org.sitedesk.lostfound.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.ItemCategory;
import org.sitedesk.lostfound.ItemState;
import org.sitedesk.lostfound.LostFoundServices;
import org.sitedesk.lostfound.Match;
import org.sitedesk.lostfound.RegisterFilter;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.BackgroundTask;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 失物招领登记簿 on screen: the items as filtered (state, category, days found), the chosen one with
 * the lost reports it may answer, the notice posted and printed for the chosen items, the register
 * printed; the claim, hand-over and disposal forms act on the chosen items.
 */
public final class LostFoundViewModel {
    private final ObjectProperty<RegisterChoice> state = new SimpleObjectProperty<>(RegisterChoice.ALL);
    private final ObjectProperty<ItemCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<FoundItem> items = FXCollections.observableArrayList();
    private final ObservableList<ItemCategory> categories = FXCollections.observableArrayList();
    private final ObservableList<FoundItem> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<FoundItem> selected = new SimpleObjectProperty<>();
    private final ObservableList<Match> matches = FXCollections.observableArrayList();
    private final FormState form;
    private final LostFoundServices lostFound;
    private final ItemPrintouts printouts;
    private final Actor actor;
    private final UiContext ui;
    private final ClaimViewModel claim;
    private final HandOverViewModel handOver;
    private final DisposalViewModel disposal;
    /** The item to choose once the list is loaded: one just logged on the form. */
    private String wanted;

    public LostFoundViewModel(LostFoundServices lostFound, PrintPreviews printing, Actor actor, UiContext ui) {
        this.lostFound = lostFound;
        this.printouts = new ItemPrintouts(lostFound, printing, actor, ui);
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        this.claim = new ClaimViewModel(lostFound, printouts, actor, ui, this::changed);
        this.handOver = new HandOverViewModel(lostFound, printouts, actor, ui, this::changed);
        this.disposal = new DisposalViewModel(lostFound, actor, ui, this::changed);
        selected.addListener((observable, old, now) -> selectionChanged(now));
    }

    /** Loads the categories and the register; {@code number} is chosen once it is shown. */
    public void open(String number) {
        wanted = number;
        form.run(progress -> lostFound.settings().categories(), found -> {
            categories.setAll(found);
            search();
        });
    }

    public void search() {
        RegisterChoice choice = state.get() == null ? RegisterChoice.ALL : state.get();
        RegisterFilter filter = new RegisterFilter(choice.state(), choice.dueOnly(),
                Optional.ofNullable(category.get()).map(ItemCategory::code), Optional.ofNullable(from.get()),
                Optional.ofNullable(to.get()));
        String keep = wanted != null ? wanted : Optional.ofNullable(selected.get()).map(FoundItem::number).orElse(null);
        wanted = null;
        form.run(progress -> lostFound.lookup().register(actor, filter), found -> {
            items.setAll(found);
            selected.set(found.stream().filter(item -> item.number().equals(keep)).findFirst().orElse(null));
            form.showText(ui.format("lostFound.count", found.size()));
        });
    }

    /**
     * 张贴启事: records today's notice for the chosen items that have none yet (their year starts
     * today) and opens the notice of all of them in the preview. Only items still here go on a notice.
     */
    public void postNotice(Window owner) {
        List<FoundItem> items = List.copyOf(chosen);
        if (items.isEmpty()) {
            form.showMessage("error.lost.noItemsChosen");
            return;
        }
        if (items.stream().anyMatch(item -> item.state() != ItemState.HELD)) {
            form.showMessage("lostFound.noticeHeldOnly");
            return;
        }
        List<String> unposted = items.stream().filter(item -> item.noticePosted().isEmpty()).map(FoundItem::number).toList();
        List<String> numbers = items.stream().map(FoundItem::number).toList();
        LocalDate today = LocalDate.now(ui.clock());
        form.run(progress -> {
            if (!unposted.isEmpty()) {
                lostFound.notices().post(actor, unposted, today);
            }
            return numbers.stream().map(number -> lostFound.lookup().find(actor, number).orElseThrow()).toList();
        }, posted -> {
            printouts.notice(posted, owner);
            form.showText(ui.format("lostFound.noticePosted", unposted.size(), today));
            search();
        });
    }

    /** The register as shown, printed. */
    public void printRegister(Window owner) {
        String subtitle = ui.messages().get(state.get() == null ? RegisterChoice.ALL : state.get())
                + Optional.ofNullable(category.get()).map(chosenCategory -> " · " + chosenCategory.name()).orElse("")
                + (from.get() == null && to.get() == null ? "" : " · " + Optional.ofNullable(from.get()).map(Object::toString)
                        .orElse("") + " ~ " + Optional.ofNullable(to.get()).map(Object::toString).orElse(""));
        printouts.register(List.copyOf(items), subtitle, owner);
    }

    /** The chosen item's claim receipt or hand-over list, printed again. */
    public void reprint(Window owner) {
        FoundItem item = selected.get();
        if (item == null) {
            return;
        }
        if (item.claim().isPresent()) {
            printouts.claimReceipt(item, owner);
        } else if (item.handOver().isPresent()) {
            printouts.handOverList(item, owner);
        } else if (item.noticePosted().isPresent()) {
            printouts.notice(List.of(item), owner);
        }
    }

    /** The photo's file on this computer, when the item has one and it is here. */
    public Optional<Path> photo(FoundItem item) {
        return item.photo().flatMap(photo -> lostFound.photos().file(photo.hash(), photo.type()));
    }

    private void selectionChanged(FoundItem item) {
        matches.clear();
        claim.choose(item);
        disposal.choose(item);
        if (item == null) {
            return;
        }
        String number = item.number();
        ui.tasks().execute(BackgroundTask.of(progress -> lostFound.matching().forItem(actor, number))
                .onSuccess(found -> {
                    if (selected.get() != null && selected.get().number().equals(number)) {
                        matches.setAll(found);
                        claim.offer(found);
                    }
                }));
    }

    /** After a claim, hand-over or disposal: the register again, the item kept chosen, and what was done said. */
    private void changed(String sentence) {
        search();
        form.showText(sentence);
    }

    public boolean maySupervise() {
        return actor.may(Permission.SUPERVISE_LOST_AND_FOUND);
    }

    public ObjectProperty<RegisterChoice> stateProperty() {
        return state;
    }

    public ObjectProperty<ItemCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<FoundItem> items() {
        return items;
    }

    public ObservableList<ItemCategory> categories() {
        return categories;
    }

    /** The items chosen in the table (several for one notice or one hand-over). */
    public ObservableList<FoundItem> chosen() {
        return chosen;
    }

    public ObjectProperty<FoundItem> selectedProperty() {
        return selected;
    }

    public ObservableList<Match> matches() {
        return matches;
    }

    public ClaimViewModel claim() {
        return claim;
    }

    public HandOverViewModel handOver() {
        return handOver;
    }

    public DisposalViewModel disposal() {
        return disposal;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }
}
