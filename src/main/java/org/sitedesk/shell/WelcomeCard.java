package org.sitedesk.shell;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.sitedesk.core.settings.SiteSettings;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.ui.UiContext;

/** Who is signed in, today's date, and a nudge to name the site when nobody has yet. */
final class WelcomeCard implements DashboardCard {
    private final Supplier<SiteSettings> site;

    WelcomeCard(Supplier<SiteSettings> site) {
        this.site = site;
    }

    @Override
    public boolean visibleTo(Actor actor) {
        return true;
    }

    @Override
    public Node create(UiContext ui, Actor actor) {
        Label greeting = new Label(ui.format("dashboard.welcome.greeting", actor.displayName(), actor.role()));
        greeting.setWrapText(true);
        Label today = new Label(LocalDate.now(ui.clock())
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(ui.messages().language().locale())));
        today.getStyleClass().add(Styles.TEXT_MUTED);
        Card card = new Card("welcomeCard", ui.text("dashboard.welcome.title"), greeting, today);
        if (site.get().siteName().isBlank() && actor.may(Permission.EDIT_SITE_SETTINGS)) {
            Label hint = new Label(ui.text("dashboard.welcome.nameTheSite"));
            hint.setWrapText(true);
            hint.getStyleClass().add(Styles.WARNING);
            card.getChildren().add(hint);
        }
        return card;
    }
}
