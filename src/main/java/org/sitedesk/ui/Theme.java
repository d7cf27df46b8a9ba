package org.sitedesk.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.Parent;

/** The look: AtlantaFX Primer Light under SiteDesk's stylesheet, on every scene and dialog. */
public final class Theme {
    private static final String STYLESHEET = "/org/sitedesk/css/sitedesk.css";

    private Theme() {
    }

    /** Once per process, before the first scene shows: the bundled font (kept copied in {@code fontCache}) and the theme. */
    public static void install(java.nio.file.Path fontCache) {
        BundledFont.load(fontCache);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(stylesheet());
    }

    /**
     * Dialogs and popups have scenes of their own; without this, Chinese in them would need a
     * system font. The node needs a style class the stylesheet gives the font to.
     */
    public static void apply(Parent popupContent) {
        popupContent.getStylesheets().add(stylesheet());
    }

    private static String stylesheet() {
        return Theme.class.getResource(STYLESHEET).toExternalForm();
    }
}
