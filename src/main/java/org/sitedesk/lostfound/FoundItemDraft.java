package org.sitedesk.lostfound;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import org.sitedesk.core.money.Money;

/**
 * A found item as the clerk types it at the counter. {@code description} is the public part the
 * notice shows; {@code privateDetail} what only the owner could know. {@code foundAt} is in the
 * site's time zone; {@code photo} a file chosen on this computer.
 */
public record FoundItemDraft(
        String description,
        String privateDetail,
        String categoryCode,
        String foundPlace,
        LocalDateTime foundAt,
        String finderName,
        String finderPhone,
        FinderKind finderKind,
        String storagePlace,
        ValueClass valueClass,
        Optional<Money> cash,
        String witness,
        Optional<Path> photo) {
}
