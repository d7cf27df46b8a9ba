package org.sitedesk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.text.Font;

/**
 * Loads the CJK font shipped in the jar, so Chinese shows on a PC with no Chinese fonts. The
 * stylesheet names the family; printouts embed the same file.
 */
public final class BundledFont {
    public static final String FAMILY = "WenQuanYi Micro Hei";
    private static final String RESOURCE = "/org/sitedesk/fonts/wqy-microhei.ttf";
    /** Changes when the bundled file does, so an older copy is never used. */
    private static final String COPY = "wqy-microhei-4625912.ttf";

    private BundledFont() {
    }

    /** Registers the font with JavaFX from the jar; returns the family name it registered under. */
    public static String load() {
        try (InputStream in = open()) {
            return registered(Font.loadFont(in, 13));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #load()}, from a copy kept in {@code cacheFolder}: JavaFX reads a font given as a
     * stream into a temporary file at every start, 4.6 MB each morning; the copy is written once.
     * Falls back to the jar when the folder cannot be written.
     */
    public static String load(Path cacheFolder) {
        Path copy = cacheFolder.resolve(COPY);
        try {
            if (!Files.isRegularFile(copy)) {
                Files.createDirectories(cacheFolder);
                Path partial = Files.createTempFile(cacheFolder, "font", ".part");
                try (InputStream in = open()) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return registered(Font.loadFont(copy.toUri().toString(), 13));
        } catch (IOException | RuntimeException e) {
            return load();
        }
    }

    private static InputStream open() {
        InputStream in = BundledFont.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Bundled font missing: " + RESOURCE);
        }
        return in;
    }

    private static String registered(Font font) {
        if (font == null) {
            throw new IllegalStateException("JavaFX could not load " + RESOURCE);
        }
        return font.getFamily();
    }
}
