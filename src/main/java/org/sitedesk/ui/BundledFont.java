package org.sitedesk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * Loads the CJK font shipped in the jar, so Chinese shows on a PC with no Chinese fonts. The
 * stylesheet names the family; printouts embed the same file.
 */
public final class BundledFont {
    public static final String FAMILY = "WenQuanYi Micro Hei";
    private static final String RESOURCE = "/org/sitedesk/fonts/wqy-microhei.ttf";

    private BundledFont() {
    }

    /** Registers the font with JavaFX; returns the family name it registered under. */
    public static String load() {
        try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Bundled font missing: " + RESOURCE);
            }
            Font font = Font.loadFont(in, 13);
            if (font == null) {
                throw new IllegalStateException("JavaFX could not load " + RESOURCE);
            }
            return font.getFamily();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
