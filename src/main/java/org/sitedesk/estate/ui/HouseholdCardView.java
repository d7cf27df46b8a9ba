package org.sitedesk.estate.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.estate.HouseholdCard;
import org.sitedesk.estate.Occupancy;
import org.sitedesk.estate.Person;
import org.sitedesk.estate.PersonRole;
import org.sitedesk.estate.Unit;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.LocalizedConverter;
import org.sitedesk.ui.UiContext;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** 住户卡: the unit on top, its people, vehicles, pets and history on tabs. */
public final class HouseholdCardView extends BorderPane {
    /** Enough for a few words of notes; the field grows with the window. */
    private static final double NOTES_MIN_WIDTH = 140;
    private final HouseholdCardViewModel model;
    private final UiContext ui;
    private final Label title = new Label();
    private final Label facts = new Label();
    private final PeopleTable owners;
    private final PeopleTable members;
    private final PeopleTable past;

    /**
     * @param collectFees opens the counter on this unit (F9), or null for roles that take no payments
     * @param logRequest opens the request form on this unit (F8), or null for roles that log none
     * @param moreTabs other modules' tabs for this unit, after the card's own
     */
    public HouseholdCardView(HouseholdCardViewModel model, UiContext ui, Runnable collectFees, Runnable logRequest,
            List<CardTab> moreTabs) {
        this.model = model;
        this.ui = ui;
        getStyleClass().add("page");
        title.setId("cardTitle");
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        facts.setId("cardFacts");
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = new Label();
        message.setId("cardMessage");
        message.getStyleClass().add("form-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        // the clerk's most used actions sit beside the room, on a row of their own, so that they show
        // whole at the counter's window size in either language; the unit's fields get the row below
        HBox actions = new HBox(8, printFormButton());
        if (collectFees != null) {
            actions.getChildren().add(shortcutButton("collectFeesButton", ui.text("card.collectFees"),
                    MaterialDesignC.CASH_REGISTER, KeyCode.F9, collectFees));
        }
        if (logRequest != null) {
            actions.getChildren().add(shortcutButton("logRequestButton", ui.text("card.logRequest"),
                    MaterialDesignW.WRENCH_OUTLINE, KeyCode.F8, logRequest));
        }
        actions.setId("cardActions");
        actions.setAlignment(Pos.CENTER_RIGHT);
        unshrinkable(actions.getChildren());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox titleRow = new HBox(16, title, spacer, actions);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        VBox header = new VBox(4, titleRow, facts, unitRow(), message);
        header.setId("cardHeader");
        setTop(header);

        owners = new PeopleTable("ownersTable", ui, model.revealed(), false);
        members = new PeopleTable("membersTable", ui, model.revealed(), false);
        past = new PeopleTable("pastPeopleTable", ui, model.revealed(), true);
        HouseholdHistory history = new HouseholdHistory(ui, past);
        VehiclesAndPets extras = new VehiclesAndPets(model, ui);
        TabPane tabs = new TabPane(
                tab("ownersTab", ui.text("card.tab.owners"), ownersTab()),
                tab("membersTab", ui.text("card.tab.members"), membersTab()),
                tab("vehiclesTab", ui.text("card.tab.vehicles"), extras.vehicles()),
                tab("petsTab", ui.text("card.tab.pets"), extras.pets()),
                tab("historyTab", ui.text("card.tab.history"), history));
        moreTabs.forEach(more -> tabs.getTabs().add(builtWhenChosen(more)));
        tabs.setId("cardTabs");
        tabs.getTabs().forEach(tab -> tab.setContent(scrolling(tab.getContent())));
        setCenter(tabs);

        model.cardProperty().addListener((observable, old, card) -> {
            show(card);
            history.show(card);
            extras.show(card);
            moreTabs.forEach(more -> more.cardChanged().accept(card));
        });
        model.load();
    }

    private Button printFormButton() {
        Button print = new Button(ui.text("card.printForm"), new FontIcon(MaterialDesignP.PRINTER_OUTLINE));
        print.setId("printFormButton");
        print.setOnAction(event -> model.printForm(rendered -> model.printing().open(rendered, getScene().getWindow())));
        return print;
    }

    /** The unit's own fields: the notes field gives way when the window is narrow, the words never do. */
    private HBox unitRow() {
        ComboBox<Occupancy> occupancy = new ComboBox<>();
        occupancy.setId("occupancy");
        occupancy.getItems().setAll(Occupancy.values());
        occupancy.setConverter(new LocalizedConverter<>(ui.messages()));
        occupancy.valueProperty().bindBidirectional(model.occupancyProperty());
        TextField notes = new TextField();
        notes.setId("unitNotes");
        notes.setPrefColumnCount(30);
        notes.textProperty().bindBidirectional(model.notesProperty());
        Button save = new Button(ui.text("button.save"));
        save.setId("saveUnitButton");
        save.setOnAction(event -> model.saveUnit());
        notes.setMinWidth(NOTES_MIN_WIDTH);
        HBox editing = new HBox(8, new Label(ui.text("unit.occupancy")), occupancy, new Label(ui.text("unit.notes")), notes, save);
        editing.setAlignment(Pos.CENTER_LEFT);
        editing.setDisable(!model.mayEdit());
        unshrinkable(List.of(editing.getChildren().get(0), occupancy, editing.getChildren().get(2), save));
        return editing;
    }

    private static void unshrinkable(List<Node> nodes) {
        nodes.forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));
    }

    private VBox ownersTab() {
        Button reveal = revealButton(owners, "revealOwnerButton");
        Button change = new Button(ui.text("transfer.open"));
        change.setId("openTransferButton");
        change.setDisable(!model.mayEdit());
        change.setOnAction(event -> openOwnerChange());
        return new VBox(10, owners, new HBox(8, reveal, change));
    }

    /** 过户 takes the whole card: a deliberate procedure, with a way back. */
    private void openOwnerChange() {
        Node tabs = getCenter();
        Button back = new Button(ui.text("button.cancel"));
        back.setId("cancelTransferButton");
        OwnerChangePane pane = new OwnerChangePane(ui, request -> model.transfer(request, done -> setCenter(tabs)),
                text -> model.messageProperty().set(text), back);
        back.setOnAction(event -> setCenter(tabs));
        setCenter(scrolling(pane));
    }

    private VBox membersTab() {
        PersonFields fields = new PersonFields(ui, "member",
                List.of(PersonRole.FAMILY, PersonRole.TENANT, PersonRole.EMERGENCY_CONTACT));
        Button add = new Button(ui.text("member.add"));
        add.setId("addMemberButton");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(event -> {
            try {
                model.addPerson(fields.draft(), fields::clear);
            } catch (UserFacingException e) {
                model.messageProperty().set(ui.messages().describe(e));
            }
        });
        Button end = new Button(ui.text("member.end"));
        end.setId("endMemberButton");
        end.setOnAction(event -> {
            Person chosen = members.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                model.endPerson(chosen);
            }
        });
        FormGrid form = fields.addTo(new FormGrid(), ui, true, false, true);
        form.setMaxWidth(520);
        VBox editing = new VBox(8, form, new HBox(8, add, end));
        editing.setDisable(!model.mayEdit());
        return new VBox(10, members, new HBox(8, revealButton(members, "revealMemberButton")), editing);
    }

    /** A button with a function key that works anywhere on the card while it is shown. */
    private Button shortcutButton(String id, String text, Ikon icon, KeyCode key, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add(Styles.ACCENT);
        button.setOnAction(event -> action.run());
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(key), action);
            }
            if (old != null) {
                old.getAccelerators().remove(new KeyCodeCombination(key));
            }
        });
        return button;
    }

    private Button revealButton(PeopleTable table, String id) {
        Button reveal = new Button(ui.text("person.reveal"));
        reveal.setId(id);
        reveal.setVisible(model.mayReveal());
        reveal.setManaged(model.mayReveal());
        reveal.setOnAction(event -> {
            Person chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                model.reveal(chosen);
            }
        });
        return reveal;
    }

    private void show(HouseholdCard card) {
        Unit unit = card.unit();
        title.setText(ui.format("card.title", unit.room().toString()));
        facts.setText(ui.format("card.facts", ui.messages().get(unit.type()), unit.area().toPlainString(),
                unit.floor(), unit.handover().map(Object::toString).orElse(ui.text("card.noHandover"))));
        owners.getItems().setAll(card.currentOwners());
        members.getItems().setAll(card.currentMembers());
        past.getItems().setAll(card.pastPeople());
    }

    private static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** Another module's tab: what it shows is not built, nor loaded, until the clerk chooses it. */
    private static Tab builtWhenChosen(CardTab more) {
        StackPane holder = new StackPane();
        Tab tab = tab(more.id(), more.title(), holder);
        tab.selectedProperty().addListener((observable, was, chosen) -> {
            if (chosen && holder.getChildren().isEmpty()) {
                holder.getChildren().setAll(more.content().get());
            }
        });
        return tab;
    }

    private static Tab tab(String id, String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setClosable(false);
        content.getStyleClass().add("card-tab");
        return tab;
    }
}
