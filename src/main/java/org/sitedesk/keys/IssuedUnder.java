package org.sitedesk.keys;

import java.util.Objects;

/**
 * The object of another feature a pass is issued under, such as a renovation permit
 * ({@code kind} "renovation", {@code reference} the permit's id): its passes expire with it and all
 * end at once when it ends early.
 */
public record IssuedUnder(String kind, String reference) {

    public IssuedUnder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        if (!kind.matches("[a-z][a-z0-9_]{0,19}") || reference.isBlank() || reference.length() > 40) {
            throw new IllegalArgumentException("An issuing object is a kind in lower case and a reference: " + kind + " "
                    + reference);
        }
    }
}
