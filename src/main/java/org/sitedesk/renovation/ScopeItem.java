package org.sitedesk.renovation;

import java.util.Optional;

/** A scope item of the site's list; one touching a prohibition names the document it needs before approval. */
public record ScopeItem(String code, String name, Optional<Prohibition> prohibition, Optional<String> requiredDocument,
        int sortOrder, boolean active) {
}
