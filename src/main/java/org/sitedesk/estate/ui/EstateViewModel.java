package org.sitedesk.estate.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.estate.Building;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.UnitTile;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.RegisterColumn;
import org.sitedesk.print.RegisterPrintout;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/** 房产: the building tree and, for the chosen entrance, its units floor by floor. */
public final class EstateViewModel {
    private final ObservableList<Building> buildings = FXCollections.observableArrayList();
    private final ObservableList<UnitTile> tiles = FXCollections.observableArrayList();
    private final ObjectProperty<Entrance> entrance = new SimpleObjectProperty<>();
    private final FormState form;
    private final EstateService estate;
    private final UiContext ui;

    public EstateViewModel(EstateService estate, UiContext ui) {
        this.estate = estate;
        this.ui = ui;
        this.form = new FormState(ui);
        entrance.addListener((observable, old, chosen) -> {
            if (chosen != null) {
                form.run(progress -> estate.unitsOf(chosen.building(), chosen.entrance()), tiles::setAll);
            }
        });
    }

    public void load() {
        form.run(progress -> estate.buildings(), list -> {
            if (entrance.get() == null && !list.isEmpty() && !list.get(0).entrances().isEmpty()) {
                entrance.set(new Entrance(list.get(0).code(), list.get(0).entrances().get(0)));
            }
            buildings.setAll(list);
        });
    }

    public ObservableList<Building> buildings() {
        return buildings;
    }

    public ObservableList<UnitTile> tiles() {
        return tiles;
    }

    public ObjectProperty<Entrance> entranceProperty() {
        return entrance;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    /** 住户清单 of the shown entrance: every unit with what its tile shows, top floor first as on screen. */
    public Function<PrintStamp, Printout> entranceList() {
        List<UnitTile> shown = List.copyOf(tiles);
        Entrance at = entrance.get();
        return stamp -> {
            Messages words = stamp.messages();
            String title = words.format("estate.listTitle",
                    at == null ? "" : words.format("estate.entranceTitle", at.building(), at.entrance()));
            List<RegisterColumn> columns = List.of(new RegisterColumn(words.get("importScreen.room"), 90),
                    new RegisterColumn(words.get("estate.column.floor"), 50),
                    new RegisterColumn(words.get("estate.column.type"), 70),
                    new RegisterColumn(words.get("estate.column.occupancy"), 70),
                    new RegisterColumn(words.get("estate.column.owners"), 260));
            List<List<String>> rows = shown.stream().map(tile -> List.of(tile.room().toString(), tile.floor(),
                    words.get(tile.type()), words.get(tile.occupancy()), tile.ownerNames())).toList();
            return RegisterPrintout.of(title, words.format("print.register.count", rows.size()), columns, rows, stamp,
                    words.language().locale());
        };
    }

    public List<UnitTile> tilesOnFloor(String floor) {
        return tiles.stream().filter(tile -> tile.floor().equals(floor)).toList();
    }

    /** One entrance (单元) of one building (楼栋). */
    public record Entrance(String building, String entrance) {
    }
}
