package org.sitedesk.ui;

import java.nio.file.Path;

/**
 * Opens a file with the program the operating system uses for its kind (a PDF reader, an image
 * viewer). Injected, so screen tests record what would have opened instead of starting programs.
 */
@FunctionalInterface
public interface SystemViewer {
    /** Called off the FX thread: the desktop may take a moment to start the program. */
    void open(Path file);
}
