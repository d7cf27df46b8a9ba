package org.sitedesk.estate.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.sitedesk.estate.HouseholdCard;

/**
 * A tab another module adds to the household card (the archive's 档案, a unit's passes and keys): its
 * id, title, the content built the first time the tab is chosen, and what it does when the card is
 * loaded again (after a 过户, for instance). The card never looks inside it.
 */
public record CardTab(String id, String title, Supplier<Node> content, Consumer<HouseholdCard> cardChanged) {

    /** A tab that does not follow the card once built. */
    public CardTab(String id, String title, Supplier<Node> content) {
        this(id, title, content, card -> { });
    }
}
