package org.sitedesk.core.files;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file SiteDesk keeps for a record (an archive scan, a found item's photo), told apart by
 * the first bytes of the file (its magic), never by the name it came with: a renamed spreadsheet is
 * not a PDF. Stored by name in the database.
 */
public enum FileKind {
    PDF("pdf", new byte[] {'%', 'P', 'D', 'F'}),
    JPEG("jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String extension;
    private final byte[] magic;

    FileKind(String extension, byte[] magic) {
        this.extension = extension;
        this.magic = magic;
    }

    /** The stored file's ending, so the computer's viewer opens it with the right program. */
    public String extension() {
        return extension;
    }

    public static Optional<FileKind> detect(byte[] content) {
        for (FileKind kind : values()) {
            if (content.length >= kind.magic.length && Arrays.equals(Arrays.copyOf(content, kind.magic.length), kind.magic)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
