package org.sitedesk.archive;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of scan the archive keeps, told apart by the first bytes of the file (its "magic"), never
 * by the name the file came with: a renamed spreadsheet is not a PDF.
 */
public enum ScanType {
    PDF("pdf", new byte[] {'%', 'P', 'D', 'F'}),
    JPEG("jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    /** The longest signature: this many bytes are enough to tell. */
    public static final int SIGNATURE_LENGTH = 4;

    private final String extension;
    private final byte[] signature;

    ScanType(String extension, byte[] signature) {
        this.extension = extension;
        this.signature = signature;
    }

    /** The ending the stored file gets, so the system viewer picks the right program. */
    public String extension() {
        return extension;
    }

    public static Optional<ScanType> detect(byte[] content) {
        for (ScanType type : values()) {
            if (content.length >= type.signature.length
                    && Arrays.equals(Arrays.copyOf(content, type.signature.length), type.signature)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
