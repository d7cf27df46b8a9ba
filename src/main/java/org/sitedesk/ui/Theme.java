package org.sitedesk.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

/** The look: AtlantaFX Primer Light under SiteDesk's stylesheet, on every scene and dialog. */
public final class Theme {
    private static final String STYLESHEET = "/org/sitedesk/css/sitedesk.css";

    private Theme() {
    }

    /** Once per process, before the first scene shows: the bundled font and the theme. */
    public static void install() {
        BundledFont.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(stylesheet());
    }

    /** Dialogs have scenes of their own; without this, Chinese in them needs a system font. */
    public static void apply(DialogPane pane) {
        pane.getStylesheets().add(stylesheet());
    }

    private static String stylesheet() {
        return Theme.class.getResource(STYLESHEET).toExternalForm();
    }
}
