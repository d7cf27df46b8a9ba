package org.sitedesk.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.sitedesk.core.i18n.UserFacingException;

/**
 * The operating system's viewer through AWT's {@link Desktop}: JavaFX's own {@code HostServices}
 * needs an {@code Application} instance, which the window does not have (decision 1).
 */
public final class DesktopViewer implements SystemViewer {
    @Override
    public void open(Path file) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new UserFacingException("error.viewer.unsupported", file);
        }
        try {
            Desktop.getDesktop().open(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
