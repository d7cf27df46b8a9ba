package org.sitedesk.cli;

import org.sitedesk.core.i18n.Language;

/** Starts the window; the command line itself never touches JavaFX. */
@FunctionalInterface
public interface GuiStarter {
    /** Blocks until the window closes and returns the exit code; {@code languageOrNull} is {@code --lang}. */
    int start(String database, boolean demo, boolean smoke, Language languageOrNull);
}
