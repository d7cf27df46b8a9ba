package org.sitedesk.shell;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.sitedesk.core.users.Actor;
import org.sitedesk.ui.UiContext;

/**
 * The window's frame: header with the site name, the search box and the user menu; navigation on
 * the left once someone is signed in; the page in the middle; the status bar below. Before sign-in
 * the middle holds the sign-in card ("the gate").
 */
public final class MainFrame extends BorderPane {
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final UiContext ui;
    private final Label siteName = new Label();
    private final TextField search = new TextField();
    private final HBox searchArea = new HBox(6);
    private final MenuButton userMenu = new MenuButton();
    private final StackPane content = new StackPane();
    private final StatusBar statusBar;
    private final ToggleGroup navigation = new ToggleGroup();
    private final HBox header;
    private SearchPopup searchPopup;

    public MainFrame(UiContext ui, Runnable onChangePassword, Runnable onSignOut) {
        this.ui = ui;
        getStyleClass().add("main-frame");
        statusBar = new StatusBar(ui);
        header = header(onChangePassword, onSignOut);
        setTop(header);
        content.getStyleClass().add("content");
        setCenter(content);
        setBottom(statusBar);
        setSiteName("");
    }

    private HBox header(Runnable onChangePassword, Runnable onSignOut) {
        FontIcon logo = new FontIcon(MaterialDesignO.OFFICE_BUILDING_OUTLINE);
        logo.getStyleClass().add("logo");
        siteName.setId("siteNameLabel");
        siteName.getStyleClass().addAll(Styles.TITLE_4, "site-name");
        Label product = new Label(ui.text("app.subtitle"));
        product.getStyleClass().add(Styles.TEXT_MUTED);
        VBox titles = new VBox(0, siteName, product);

        search.setId("searchBox");
        search.setPromptText(ui.text("search.prompt"));
        search.setPrefColumnCount(30);
        searchArea.getChildren().setAll(new FontIcon(MaterialDesignM.MAGNIFY), search);
        searchArea.setAlignment(Pos.CENTER_LEFT);
        searchArea.getStyleClass().add("search-box");

        userMenu.setId("userMenu");
        MenuItem changePassword = new MenuItem(ui.text("menu.changePassword"), new FontIcon(MaterialDesignS.SHIELD_KEY_OUTLINE));
        changePassword.setId("changePasswordMenuItem");
        changePassword.setOnAction(event -> onChangePassword.run());
        MenuItem signOut = new MenuItem(ui.text("menu.signOut"), new FontIcon(MaterialDesignL.LOGOUT));
        signOut.setId("signOutMenuItem");
        signOut.setOnAction(event -> onSignOut.run());
        userMenu.getItems().addAll(changePassword, signOut);

        Region left = new Region();
        Region right = new Region();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        // the search box and the user menu join once someone is signed in (showWorkspace)
        HBox header = new HBox(16, logo, titles, left, right);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("header");
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(FIND, () -> {
                    if (!search.isDisabled()) {
                        search.requestFocus();
                        search.selectAll();
                    }
                });
            }
        });
        return header;
    }

    public void setSiteName(String name) {
        siteName.setText(name == null || name.isBlank() ? ui.text("app.name") : name);
    }

    public void setDatabase(String name) {
        statusBar.setDatabase(name);
    }

    /**
     * Before sign-in: no navigation, no search, the card in the middle. The search box and the user
     * menu are out of the window, not only hidden, so the first window draws without them.
     */
    public void showGate(Node card) {
        setLeft(null);
        search.setDisable(true);
        header.getChildren().removeAll(searchArea, userMenu);
        statusBar.setSignedIn(null);
        StackPane holder = new StackPane(card);
        holder.getStyleClass().add("gate");
        card.getStyleClass().add("gate-card");
        if (card instanceof Region region) {
            region.setMaxHeight(Region.USE_PREF_SIZE);
        }
        content.getChildren().setAll(holder);
    }

    /** Signed in: the navigation the actor may use, opened at {@code firstId}. */
    public void showWorkspace(Actor actor, List<NavigationItem> items, String firstId) {
        search.setDisable(false);
        if (!header.getChildren().contains(searchArea)) {
            header.getChildren().add(3, searchArea);
            header.getChildren().add(userMenu);
        }
        userMenu.setText(actor.displayName());
        statusBar.setSignedIn(actor);
        VBox nav = new VBox(2);
        nav.setId("navigation");
        nav.getStyleClass().add("navigation");
        navigation.getToggles().clear();
        NavigationItem.Section section = null;
        ToggleButton first = null;
        for (NavigationItem item : items) {
            if (!item.visibleTo(actor)) {
                continue;
            }
            if (item.section() != section) {
                section = item.section();
                Label heading = new Label(ui.text(section.messageKey()));
                heading.getStyleClass().add("nav-section");
                nav.getChildren().add(heading);
            }
            ToggleButton button = new ToggleButton(ui.text(item.titleKey()), new FontIcon(item.icon()));
            button.setId("nav-" + item.id());
            button.setToggleGroup(navigation);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-item");
            button.setOnAction(event -> {
                button.setSelected(true);
                content.getChildren().setAll(item.page().get());
            });
            nav.getChildren().add(button);
            if (first == null || item.id().equals(firstId)) {
                first = button;
            }
        }
        // every module adds its screens: the list scrolls once it is taller than a counter's window
        ScrollPane scrolling = new ScrollPane(nav);
        scrolling.setFitToWidth(true);
        scrolling.setFitToHeight(true);
        scrolling.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scrolling.getStyleClass().addAll("edge-to-edge", "navigation-scroll");
        setLeft(scrolling);
        if (first != null) {
            first.fire();
        }
    }

    /** What the search box looks in, and what Enter on a result opens. */
    public void connectSearch(Function<String, List<SearchSuggestion>> searchFunction, LongConsumer open, Consumer<String> print) {
        if (searchPopup == null) {
            searchPopup = new SearchPopup(search, ui.text("search.nothingFound"), ui.text("search.printHint"));
        }
        searchPopup.connect(searchFunction, open, print);
    }

    /** A page outside the navigation (changing one's password). */
    public void showPage(Node page) {
        navigation.selectToggle(null);
        content.getChildren().setAll(page);
    }

    public void dispose() {
        statusBar.dispose();
    }
}
