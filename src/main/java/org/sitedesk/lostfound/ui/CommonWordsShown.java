package org.sitedesk.lostfound.ui;

import java.util.stream.Collectors;
import org.sitedesk.lostfound.Match;

/** The words a match shares, as a list shows them: the first few, so the sentence stays on two lines. */
final class CommonWordsShown {
    private static final int SHOWN = 4;

    private CommonWordsShown() {
    }

    static String of(Match match) {
        String words = match.commonWords().stream().limit(SHOWN).collect(Collectors.joining("、"));
        return match.commonWords().size() > SHOWN ? words + "…" : words;
    }
}
