package org.sitedesk.renovation.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.core.users.Actor;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.renovation.RenovationServices;
import org.sitedesk.renovation.RenovationState;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.SystemViewer;
import org.sitedesk.ui.UiContext;

/**
 * 装修申请 register: the applications in one state or all, found by room, number or contractor, the
 * chosen one shown beside the list with what may be done to it.
 */
public final class RenovationsViewModel {
    private final ObjectProperty<RenovationState> state = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Renovation> items = FXCollections.observableArrayList();
    private final ObjectProperty<Renovation> selected = new SimpleObjectProperty<>();
    private final FormState form;
    private final RenovationServices renovation;
    private final UiContext ui;
    private final PermitViewModel permit;
    /** The application to choose once the list is loaded: one just registered, or opened from the household card. */
    private String wanted;

    public RenovationsViewModel(RenovationServices renovation, PrintPreviews printing, SystemViewer viewer, Actor actor,
            UiContext ui) {
        this.renovation = renovation;
        this.ui = ui;
        this.form = new FormState(ui);
        this.permit = new PermitViewModel(renovation, new RenovationPrintouts(renovation, printing, ui), viewer, actor, ui,
                this::changed);
        selected.addListener((observable, old, now) -> permit.choose(now));
    }

    /** Loads the register; {@code number} is chosen once it is shown. */
    public void open(String number) {
        wanted = number;
        if (number != null) {
            state.set(null);
            query.set("");
        }
        search();
    }

    public void search() {
        RenovationState chosenState = state.get();
        String typed = query.get() == null ? "" : query.get().trim().toLowerCase(Locale.ROOT);
        String keep = wanted != null ? wanted : Optional.ofNullable(selected.get()).map(Renovation::number).orElse(null);
        wanted = null;
        form.run(progress -> renovation.lookup().all().stream()
                .filter(shown -> chosenState == null || shown.state() == chosenState)
                .filter(shown -> typed.isEmpty() || matches(shown, typed))
                .toList(), found -> {
                    items.setAll(found);
                    Renovation again = found.stream().filter(shown -> shown.number().equals(keep)).findFirst().orElse(null);
                    selected.set(again);
                    form.showText(ui.format("renovation.count", found.size()));
                });
    }

    private static boolean matches(Renovation shown, String typed) {
        return shown.room().toLowerCase(Locale.ROOT).contains(typed) || shown.number().toLowerCase(Locale.ROOT).contains(typed)
                || shown.contractor().toLowerCase(Locale.ROOT).contains(typed)
                || shown.applicant().toLowerCase(Locale.ROOT).contains(typed);
    }

    /** After a step on the chosen permit: the register again with it kept chosen. */
    private void changed(String sentence) {
        search();
    }

    public List<RenovationState> states() {
        return List.of(RenovationState.values());
    }

    public ObjectProperty<RenovationState> stateProperty() {
        return state;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Renovation> items() {
        return items;
    }

    public ObjectProperty<Renovation> selectedProperty() {
        return selected;
    }

    public PermitViewModel permit() {
        return permit;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }
}
