package org.sitedesk.lostfound;

import java.util.List;

/** A found item that may be what a lost report is about, with the words both descriptions share. */
public record Match(FoundItem item, LostReport report, List<String> commonWords) {
    public Match {
        commonWords = List.copyOf(commonWords);
    }
}
