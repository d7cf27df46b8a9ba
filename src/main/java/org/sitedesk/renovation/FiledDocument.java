package org.sitedesk.renovation;

import java.util.Optional;

/** A checklist document on an application: ticked at the counter, or with a scan stored by its hash. */
public record FiledDocument(String code, String name, Optional<String> scanHash, Optional<String> scanType) {

    public boolean attached() {
        return scanHash.isPresent();
    }
}
