package org.sitedesk.lostfound.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.LostFoundServices;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.UiContext;

/**
 * 失物招领: one page in the navigation with the module's screens as tabs: the register, logging a
 * found item, lost reports and, for supervisors, the categories and periods. Logging an item or
 * following a match opens the register with that item chosen.
 */
public final class LostFoundPage extends BorderPane {
    private final TabPane tabs = new TabPane();
    private final Tab registerTab;
    private final Tab formTab;
    private final LostFoundViewModel register;

    public LostFoundPage(LostFoundServices lostFound, PrintPreviews printing, Actor actor, UiContext ui) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.lostFound"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        register = new LostFoundViewModel(lostFound, printing, actor, ui);
        FoundItemFormViewModel form = new FoundItemFormViewModel(lostFound, actor, ui, this::logged);
        FoundItemFormView formView = new FoundItemFormView(form, ui);
        LostReportsViewModel reports = new LostReportsViewModel(lostFound, actor, ui);
        registerTab = tab(ui.text("lostFound.tab.register"), new LostFoundView(register, ui, this::showForm));
        formTab = tab(ui.text("lostFound.tab.found"), formView);
        tabs.getTabs().addAll(registerTab, formTab, tab(ui.text("lostFound.tab.reports"),
                new LostReportsView(reports, ui, this::showItem)));
        if (actor.may(Permission.SUPERVISE_LOST_AND_FOUND)) {
            tabs.getTabs().add(tab(ui.text("lostFound.tab.settings"),
                    new LostFoundSettingsView(new LostFoundSettingsViewModel(lostFound, actor, ui), ui)));
        }
        tabs.setId("lostFoundTabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, old, shown) -> {
            if (shown == formTab) {
                formView.focus();
            }
        });
        setTop(new VBox(title));
        setCenter(tabs);
        register.open(null);
        form.open();
        reports.open();
    }

    /** The register with {@code number} chosen. */
    public void showItem(String number) {
        tabs.getSelectionModel().select(registerTab);
        register.open(number);
    }

    private void showForm() {
        tabs.getSelectionModel().select(formTab);
    }

    private void logged(FoundItem item) {
        showItem(item.number());
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }
}
