package org.sitedesk.shell;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * One entry of the left navigation: a module's page, and the permission needed to see it. The
 * page is built when opened, so closed pages hold nothing.
 */
public record NavigationItem(
        String id,
        String titleKey,
        Ikon icon,
        Section section,
        Optional<Permission> required,
        Supplier<Node> page) {

    /** Where the entry sits: daily work first, administration below. */
    public enum Section {
        WORK("nav.section.work"),
        SYSTEM("nav.section.system");

        private final String messageKey;

        Section(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public boolean visibleTo(Actor actor) {
        return required.map(actor::may).orElse(true);
    }
}
