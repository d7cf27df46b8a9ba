package org.sitedesk.shell;

import javafx.scene.Node;
import org.sitedesk.core.users.Actor;
import org.sitedesk.ui.UiContext;

/** A card on the dashboard; modules contribute theirs (open repairs, collection rate, expiring permits). */
public interface DashboardCard {
    /** Whether the signed-in person should see this card at all. */
    boolean visibleTo(Actor actor);

    /** Builds the card; slow figures load through {@link UiContext#tasks()}. */
    Node create(UiContext ui, Actor actor);
}
