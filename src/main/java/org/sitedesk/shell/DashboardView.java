package org.sitedesk.shell;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.sitedesk.core.users.Actor;
import org.sitedesk.ui.UiContext;

/** 工作台: the cards the signed-in person may see, flowing to fit the window. */
public final class DashboardView extends ScrollPane {
    public DashboardView(List<DashboardCard> cards, UiContext ui, Actor actor) {
        Label title = new Label(ui.text("nav.dashboard"));
        title.getStyleClass().addAll(Styles.TITLE_3, "page-title");
        FlowPane flow = new FlowPane(16, 16);
        flow.setId("dashboardCards");
        for (DashboardCard card : cards) {
            if (card.visibleTo(actor)) {
                flow.getChildren().add(card.create(ui, actor));
            }
        }
        VBox page = new VBox(16, title, flow);
        page.getStyleClass().add("page");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
    }
}
