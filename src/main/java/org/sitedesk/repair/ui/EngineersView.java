package org.sitedesk.repair.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitedesk.repair.Category;
import org.sitedesk.repair.CommonArea;
import org.sitedesk.repair.Engineer;
import org.sitedesk.repair.Priority;
import org.sitedesk.repair.TimeLimit;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.NamedConverter;
import org.sitedesk.ui.UiContext;

/** 维修人员与服务标准 screen: the team with its open work, and (for supervisors) the service levels and lists. */
public final class EngineersView extends BorderPane {
    public EngineersView(EngineersViewModel model, UiContext ui) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.engineers"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        Label message = new Label();
        message.setId("engineersMessage");
        message.getStyleClass().add("form-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        setTop(new VBox(8, title, message));
        TabPane tabs = new TabPane(new Tab(ui.text("engineers.tab.team"), team(model, ui)));
        if (model.mayManage()) {
            tabs.getTabs().addAll(new Tab(ui.text("engineers.tab.levels"), levels(model, ui)),
                    new Tab(ui.text("engineers.tab.lists"), lists(model, ui)));
        }
        tabs.getTabs().forEach(tab -> tab.setClosable(false));
        tabs.setId("engineersTabs");
        setCenter(tabs);
        model.load();
    }

    private Node team(EngineersViewModel model, UiContext ui) {
        TableView<Engineer> table = new TableView<>(model.engineers());
        table.setId("engineersTable");
        table.getColumns().add(Tables.textColumn(ui.text("engineers.name"), 100, Engineer::name));
        table.getColumns().add(Tables.textColumn(ui.text("engineers.phone"), 120, Engineer::phone));
        table.getColumns().add(Tables.textColumn(ui.text("engineers.skills"), 220, Engineer::skills));
        table.getColumns().add(Tables.textColumn(ui.text("engineers.duty"), 80,
                engineer -> ui.text(engineer.onDuty() ? "engineers.dutyOn" : "engineers.dutyOff")));
        table.getColumns().add(Tables.textColumn(ui.text("engineers.openWork"), 80,
                engineer -> Integer.toString(engineer.openWork())));
        table.getColumns().add(Tables.textColumn(ui.text("engineers.active"), 80,
                engineer -> ui.text(engineer.active() ? "value.yes" : "value.no")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(table, ui.text("table.empty"));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, engineer) ->
                model.selectedProperty().set(engineer));
        Button duty = new Button(ui.text("engineers.toggleDuty"));
        duty.setId("toggleDutyButton");
        duty.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        duty.setOnAction(event -> model.toggleDuty());
        VBox box = new VBox(10, table, new HBox(8, duty));
        if (model.mayManage()) {
            TextField name = Fields.bound("engineerName", 10, model.nameProperty());
            TextField phone = Fields.bound("engineerPhone", 13, model.phoneProperty());
            TextField skills = Fields.bound("engineerSkills", 26, model.skillsProperty());
            skills.setPromptText(ui.text("engineers.skillsPrompt"));
            CheckBox onDuty = new CheckBox(ui.text("engineers.dutyOn"));
            onDuty.selectedProperty().bindBidirectional(model.onDutyProperty());
            CheckBox active = new CheckBox(ui.text("engineers.active"));
            active.selectedProperty().bindBidirectional(model.activeProperty());
            Button save = new Button(ui.text("engineers.save"));
            save.setId("saveEngineerButton");
            save.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
            save.setOnAction(event -> model.saveEngineer(false));
            Button add = new Button(ui.text("engineers.add"));
            add.setId("addEngineerButton");
            add.getStyleClass().add(Styles.ACCENT);
            add.disableProperty().bind(model.busyProperty());
            add.setOnAction(event -> model.saveEngineer(true));
            FormGrid form = new FormGrid()
                    .row(ui.text("engineers.name"), row(name, new Label(ui.text("engineers.phone")), phone))
                    .row(ui.text("engineers.skills"), skills)
                    .row("", new HBox(12, onDuty, active))
                    .full(new HBox(8, add, save));
            box.getChildren().add(form);
        }
        box.getStyleClass().add("tab-body");
        return box;
    }

    private Node levels(EngineersViewModel model, UiContext ui) {
        TableView<TimeLimit> table = new TableView<>(model.limits());
        table.setId("limitsTable");
        table.getColumns().add(Tables.textColumn(ui.text("engineers.priority"), 90, limit -> ui.text(limit.priority().messageKey())));
        table.getColumns().add(Tables.textColumn(ui.text("engineers.category"), 120, model::categoryOf));
        table.getColumns().add(Tables.textColumn(ui.text("engineers.arrive"), 120,
                limit -> ui.format("engineers.minutes", limit.arriveMinutes())));
        table.getColumns().add(Tables.textColumn(ui.text("engineers.finish"), 120,
                limit -> ui.format("engineers.minutes", limit.finishMinutes())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(180);
        Button remove = new Button(ui.text("engineers.removeLimit"));
        remove.setId("removeLimitButton");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.removeLimit(table.getSelectionModel().getSelectedItem()));

        ChoiceBox<Priority> priority = new ChoiceBox<>();
        priority.setId("limitPriority");
        priority.getItems().setAll(Priority.values());
        priority.setConverter(new LocalizedConverter<>(ui.messages()));
        priority.valueProperty().bindBidirectional(model.limitPriorityProperty());
        ComboBox<Category> category = new ComboBox<>(model.categories());
        category.setId("limitCategory");
        category.setPromptText(ui.text("engineers.allCategories"));
        category.setConverter(NamedConverter.of(Category::name));
        category.valueProperty().bindBidirectional(model.limitCategoryProperty());
        Button all = new Button(ui.text("engineers.allCategories"));
        all.setOnAction(event -> category.setValue(null));
        TextField arrive = Fields.bound("limitArrive", 6, model.arriveMinutesProperty());
        TextField finish = Fields.bound("limitFinish", 6, model.finishMinutesProperty());
        Button save = new Button(ui.text("engineers.saveLevels"));
        save.setId("saveLevelsButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> model.saveLevels());
        TextField visitDays = Fields.bound("returnVisitDays", 4, model.returnVisitDaysProperty());
        visitDays.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField reworkDays = Fields.bound("reworkDays", 4, model.reworkDaysProperty());
        reworkDays.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        FormGrid form = new FormGrid()
                .row(ui.text("engineers.limitFor"), row(priority, category, all))
                .row(ui.text("engineers.arrive"), row(arrive, new Label(ui.text("engineers.finish")), finish,
                        new Label(ui.text("engineers.minutesUnit"))))
                .row(ui.text("engineers.returnVisitDays"), visitDays)
                .row(ui.text("engineers.reworkDays"), reworkDays)
                .row(ui.text("engineers.targets"), row(new Label(ui.text("engineers.reworkTarget")),
                        Fields.bound("reworkTarget", 4, model.reworkTargetProperty()),
                        new Label(ui.text("engineers.satisfactionTarget")),
                        Fields.bound("satisfactionTarget", 4, model.satisfactionTargetProperty())))
                .full(row(save, remove));
        VBox box = new VBox(10, new Label(ui.text("engineers.levelsNote")), table, form);
        box.getStyleClass().add("tab-body");
        return box;
    }

    private Node lists(EngineersViewModel model, UiContext ui) {
        TableView<Category> categories = new TableView<>(model.categories());
        categories.setId("categoriesTable");
        categories.getColumns().add(Tables.textColumn(ui.text("engineers.categoryCode"), 100, Category::code));
        categories.getColumns().add(Tables.textColumn(ui.text("engineers.categoryName"), 140, Category::name));
        categories.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        categories.getSelectionModel().selectedItemProperty().addListener((observable, old, category) -> {
            if (category != null) {
                model.categoryCodeProperty().set(category.code());
                model.categoryNameProperty().set(category.name());
            }
        });
        Button saveCategory = new Button(ui.text("engineers.saveCategory"));
        saveCategory.setId("saveCategoryButton");
        saveCategory.setOnAction(event -> model.saveCategory());
        VBox left = new VBox(8, new Label(ui.text("engineers.categories")), categories,
                new HBox(8, Fields.bound("categoryCode", 8, model.categoryCodeProperty()),
                        Fields.bound("categoryName", 10, model.categoryNameProperty()), saveCategory));

        ListView<CommonArea> areas = new ListView<>(model.areas());
        areas.setId("areasList");
        areas.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CommonArea area, boolean empty) {
                super.updateItem(area, empty);
                setText(empty || area == null ? null : area.name());
            }
        });
        Button addArea = new Button(ui.text("engineers.addArea"));
        addArea.setId("addAreaButton");
        addArea.setOnAction(event -> model.addArea());
        Button retire = new Button(ui.text("engineers.retireArea"));
        retire.setId("retireAreaButton");
        retire.disableProperty().bind(areas.getSelectionModel().selectedItemProperty().isNull());
        retire.setOnAction(event -> model.retireArea(areas.getSelectionModel().getSelectedItem()));
        VBox right = new VBox(8, new Label(ui.text("engineers.areas")), areas,
                new HBox(8, Fields.bound("areaName", 12, model.areaNameProperty()), addArea, retire));
        HBox box = new HBox(16, left, right);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("tab-body");
        return box;
    }

    /** Fields and their labels on one line, the labels centred on the fields. */
    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
