package org.sitedesk.archive.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.sitedesk.archive.ArchiveServices;
import org.sitedesk.core.users.Actor;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.ui.UiContext;

/** 档案管理: the register, cabinets and boxes, lending, destruction and the types, one tab each. */
public final class ArchiveView extends BorderPane {
    public ArchiveView(ArchiveServices archive, PrintPreviews printing, Actor actor, UiContext ui) {
        getStyleClass().add("page");
        Label title = new Label(ui.text("nav.archive"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        RegisterViewModel register = new RegisterViewModel(archive, printing, actor, ui);
        ShelvesViewModel shelves = new ShelvesViewModel(archive, printing, actor, ui);
        LoansViewModel loans = new LoansViewModel(archive, printing, actor, ui);
        DestructionViewModel destruction = new DestructionViewModel(archive, printing, actor, ui);
        TypesViewModel types = new TypesViewModel(archive, actor, ui);
        TabPane tabs = new TabPane(
                tab("registerTab", ui.text("archiveScreen.register"), new RegisterPane(register, ui, printing)),
                tab("shelvesTab", ui.text("archiveScreen.shelves"), new ShelvesPane(shelves, ui)),
                tab("loansTab", ui.text("archiveScreen.loans"), new LoansPane(loans, ui)),
                tab("destructionTab", ui.text("archiveScreen.destruction"), new DestructionPane(destruction, ui)),
                tab("typesTab", ui.text("archiveScreen.types"), new TypesPane(types, ui)));
        tabs.setId("archiveTabs");
        // each tab reads its list when it is shown, so what another tab changed shows there
        tabs.getSelectionModel().selectedIndexProperty().addListener((observable, old, index) -> {
            switch (index.intValue()) {
                case 0 -> register.load();
                case 1 -> shelves.load();
                case 2 -> loans.load();
                case 3 -> destruction.load();
                default -> types.load();
            }
        });
        setTop(title);
        setCenter(tabs);
        register.load();
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }
}
