package org.sitedesk.estate.ui;

import java.util.function.Consumer;
import javafx.scene.Node;
import org.sitedesk.estate.HouseholdCard;

/**
 * A tab another module adds to the household card (the archive's 档案): its id, title and content,
 * and what it does when the card is loaded again (after a 过户, for instance).
 */
public record CardTab(String id, String title, Node content, Consumer<HouseholdCard> cardChanged) {
}
