package org.sitedesk.lostfound;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of photo a found item may have, told apart by the first bytes of the file (its magic),
 * never by the name it came with: a renamed program is not a JPEG.
 */
public enum PhotoType {
    JPEG("jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    PDF("pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    private final String extension;
    private final byte[] magic;

    PhotoType(String extension, byte[] magic) {
        this.extension = extension;
        this.magic = magic;
    }

    /** The stored file's ending, so the computer's viewer opens it with the right program. */
    public String extension() {
        return extension;
    }

    public static Optional<PhotoType> detect(byte[] content) {
        for (PhotoType type : values()) {
            if (content.length >= type.magic.length
                    && Arrays.equals(Arrays.copyOf(content, type.magic.length), type.magic)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
