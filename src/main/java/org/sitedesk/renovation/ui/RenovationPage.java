package org.sitedesk.renovation.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.renovation.RenovationServices;
import org.sitedesk.ui.SystemViewer;
import org.sitedesk.ui.UiContext;

/**
 * 装修管理: one page in the navigation with the module's screens as tabs: the applications and the
 * chosen permit, a new application and, for those who keep the site's settings, the fees, hours and
 * lists. Registering an application opens the register with it chosen.
 */
public final class RenovationPage extends BorderPane {
    private final TabPane tabs = new TabPane();
    private final Tab registerTab;
    private final Tab formTab;
    private final RenovationsViewModel register;

    /** {@code number}: the application to show chosen (from the household card), or null. */
    public RenovationPage(RenovationServices renovation, EstateService units, PrintPreviews printing, SystemViewer viewer,
            Actor actor, UiContext ui, String number) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.renovation"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        register = new RenovationsViewModel(renovation, printing, viewer, actor, ui);
        ApplicationFormViewModel form = new ApplicationFormViewModel(renovation, units, actor, ui, this::registered);
        ApplicationFormView formView = new ApplicationFormView(form, ui);
        registerTab = tab(ui.text("renovation.tab.register"), new RenovationsView(register, ui, this::showForm));
        formTab = tab(ui.text("renovation.tab.apply"), formView);
        tabs.getTabs().addAll(registerTab, formTab);
        if (actor.may(Permission.EDIT_SITE_SETTINGS)) {
            tabs.getTabs().add(tab(ui.text("renovation.tab.settings"), new RenovationSettingsView(
                    new RenovationSettingsViewModel(renovation, actor, ui), ui)));
        }
        tabs.setId("renovationTabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, old, shown) -> {
            if (shown == formTab) {
                formView.focus();
            }
        });
        setTop(new VBox(title));
        setCenter(tabs);
        register.open(number);
        form.open(null);
    }

    private void registered(Renovation applied) {
        tabs.getSelectionModel().select(registerTab);
        register.open(applied.number());
    }

    private void showForm() {
        tabs.getSelectionModel().select(formTab);
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }
}
