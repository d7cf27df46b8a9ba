package org.sitedesk.estate.ui;

import atlantafx.base.theme.Styles;
import java.util.function.LongConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sitedesk.estate.Building;
import org.sitedesk.estate.Occupancy;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.UiContext;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** 房产: buildings and entrances on the left, the chosen entrance's floors on the right. */
public final class EstateView extends BorderPane {
    public EstateView(EstateViewModel model, UiContext ui, LongConsumer openUnit, PrintPreviews previews) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.estate"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        setTop(title);

        TreeItem<EstateViewModel.Entrance> root = new TreeItem<>();
        TreeView<EstateViewModel.Entrance> tree = new TreeView<>(root);
        tree.setId("estateTree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new EntranceCell(ui));
        model.buildings().addListener((ListChangeListener<Building>) change -> {
            root.getChildren().clear();
            for (Building building : model.buildings()) {
                TreeItem<EstateViewModel.Entrance> item =
                        new TreeItem<>(new EstateViewModel.Entrance(building.code(), null));
                for (String entrance : building.entrances()) {
                    item.getChildren().add(new TreeItem<>(new EstateViewModel.Entrance(building.code(), entrance)));
                }
                item.setExpanded(root.getChildren().isEmpty());
                root.getChildren().add(item);
            }
            selectChosen(tree, model.entranceProperty().get());
        });
        tree.getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> {
            if (item != null && item.getValue().entrance() != null) {
                model.entranceProperty().set(item.getValue());
            }
        });

        Label heading = new Label();
        heading.setId("entranceHeading");
        heading.getStyleClass().add(Styles.TITLE_4);
        model.entranceProperty().addListener((observable, old, entrance) -> heading.setText(entrance == null ? ""
                : ui.format("estate.entranceTitle", entrance.building(), entrance.entrance())));
        FloorGrid grid = new FloorGrid(ui, openUnit);
        model.tiles().addListener((ListChangeListener<org.sitedesk.estate.UnitTile>) change -> grid.show(model.tiles()));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        Button print = new Button(ui.text("estate.printList"), new FontIcon(MaterialDesignP.PRINTER_OUTLINE));
        print.setId("printEntranceButton");
        print.disableProperty().bind(Bindings.isEmpty(model.tiles()));
        print.setOnAction(event -> {
            String listTitle = ui.format("estate.listTitle", heading.getText());
            previews.preview(getScene().getWindow(), listTitle, model.entranceList());
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox header = new HBox(16, heading, legend(ui), spacer, print);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(10, header, scroll);
        right.getStyleClass().add("estate-right");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);

        SplitPane split = new SplitPane(tree, right);
        split.setDividerPositions(0.2);
        setCenter(split);
        model.load();
    }

    /** Keeps the tree's highlight on the entrance the grid shows. */
    private static void selectChosen(TreeView<EstateViewModel.Entrance> tree, EstateViewModel.Entrance chosen) {
        for (TreeItem<EstateViewModel.Entrance> building : tree.getRoot().getChildren()) {
            for (TreeItem<EstateViewModel.Entrance> entrance : building.getChildren()) {
                if (entrance.getValue().equals(chosen)) {
                    building.setExpanded(true);
                    tree.getSelectionModel().select(entrance);
                    return;
                }
            }
        }
    }

    private static HBox legend(UiContext ui) {
        HBox legend = new HBox(10);
        legend.setAlignment(Pos.CENTER_LEFT);
        for (Occupancy occupancy : Occupancy.values()) {
            Label swatch = new Label(ui.messages().get(occupancy));
            swatch.getStyleClass().addAll("legend", "legend-" + occupancy.name().toLowerCase().replace('_', '-'));
            legend.getChildren().add(swatch);
        }
        return legend;
    }

    /** Buildings as "3 栋", entrances as "2 单元". */
    private static final class EntranceCell extends javafx.scene.control.TreeCell<EstateViewModel.Entrance> {
        private final UiContext ui;

        EntranceCell(UiContext ui) {
            this.ui = ui;
        }

        @Override
        protected void updateItem(EstateViewModel.Entrance item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else if (item.entrance() == null) {
                setText(ui.format("estate.building", item.building()));
            } else {
                setText(ui.format("estate.entrance", item.entrance()));
            }
        }
    }
}
