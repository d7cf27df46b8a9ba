package org.sitedesk.estate.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.sitedesk.estate.Occupancy;
import org.sitedesk.estate.UnitTile;
import org.sitedesk.ui.UiContext;

/**
 * The entrance as the clerk pictures it: one row per floor, top floor at the top, each unit a
 * tile coloured by occupancy. A tile opens the household card.
 */
final class FloorGrid extends GridPane {
    private final UiContext ui;
    private final LongConsumer openUnit;

    FloorGrid(UiContext ui, LongConsumer openUnit) {
        this.ui = ui;
        this.openUnit = openUnit;
        setId("floorGrid");
        getStyleClass().add("floor-grid");
    }

    void show(List<UnitTile> tiles) {
        getChildren().clear();
        Map<String, List<UnitTile>> floors = new LinkedHashMap<>();
        for (UnitTile tile : tiles) {
            floors.computeIfAbsent(tile.floor(), floor -> new java.util.ArrayList<>()).add(tile);
        }
        int row = 0;
        for (Map.Entry<String, List<UnitTile>> floor : floors.entrySet()) {
            Label label = new Label(ui.format("estate.floor", floor.getKey()));
            label.getStyleClass().add("floor-label");
            add(label, 0, row);
            int column = 1;
            for (UnitTile tile : floor.getValue()) {
                add(tile(tile), column++, row);
            }
            row++;
        }
    }

    private Button tile(UnitTile tile) {
        Label room = new Label(tile.room().room());
        room.getStyleClass().add("tile-room");
        Label owners = new Label(tile.ownerNames().isEmpty() ? ui.messages().get(tile.occupancy()) : tile.ownerNames());
        owners.getStyleClass().add("tile-owners");
        VBox body = new VBox(2, room, owners);
        body.setAlignment(Pos.CENTER_LEFT);
        Button button = new Button();
        button.setGraphic(body);
        button.setId("tile-" + tile.room());
        button.getStyleClass().addAll("unit-tile", styleOf(tile.occupancy()));
        button.setOnAction(event -> openUnit.accept(tile.unitId()));
        button.setAccessibleText(tile.room() + " " + tile.ownerNames());
        return button;
    }

    private static String styleOf(Occupancy occupancy) {
        return switch (occupancy) {
            case VACANT -> "tile-vacant";
            case OWNER_OCCUPIED -> "tile-owner-occupied";
            case RENTED -> "tile-rented";
            case RENOVATING -> "tile-renovating";
        };
    }
}
