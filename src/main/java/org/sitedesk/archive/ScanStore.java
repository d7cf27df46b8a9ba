package org.sitedesk.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.sitedesk.core.db.OwnerOnlyFiles;
import org.sitedesk.core.i18n.UserFacingException;

/**
 * Scanned pages on disk, in the data folder: each file is named by the SHA-256 of its content
 * ({@code scans/3f/3fa4…e1.pdf}), never by a name a user typed, so no name can point outside the
 * folder and the same page scanned twice is stored once. Files are readable by the operating-system
 * user only: they are owners' papers (PIPL 51).
 */
public final class ScanStore {
    /** 20 MB: a multi-page PDF at 300 dpi; anything larger is a mistake at the scanner. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Path folder;

    public ScanStore(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** A file read and checked: its bytes, what they are, and their hash. */
    public record Checked(byte[] content, ScanType type, String hash) {
    }

    /**
     * Reads a file a user chose and checks it is a PDF, JPEG or PNG of at most 20 MB by its content;
     * refused with a sentence naming the file otherwise. Nothing is stored yet.
     */
    public Checked check(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new UserFacingException("error.scan.missing", name);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new UserFacingException("error.scan.tooLarge", name, MAX_BYTES / (1024 * 1024));
            }
            byte[] content;
            try (InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (content.length > MAX_BYTES) {
                throw new UserFacingException("error.scan.tooLarge", name, MAX_BYTES / (1024 * 1024));
            }
            ScanType type = ScanType.detect(content)
                    .orElseThrow(() -> new UserFacingException("error.scan.notAScan", name));
            return new Checked(content, type, sha256(content));
        } catch (IOException e) {
            throw new UserFacingException(e, "error.scan.unreadable", name);
        }
    }

    /** Writes a checked file under its hash (nothing to do when it is there already) and returns where. */
    public Path store(Checked checked) {
        Path target = path(checked.hash(), checked.type());
        if (Files.isRegularFile(target)) {
            return target;
        }
        try {
            OwnerOnlyFiles.createFolder(folder);
            OwnerOnlyFiles.createFolder(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            OwnerOnlyFiles.createFile(partial);
            Files.write(partial, checked.content());
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path(String hash, ScanType type) {
        return folder.resolve(hash.substring(0, 2)).resolve(hash + "." + type.extension());
    }

    /** Removes a stored file; one already gone is fine. */
    public void delete(String hash, ScanType type) {
        try {
            Files.deleteIfExists(path(hash, type));
        } catch (NoSuchFileException e) {
            // gone already: what was wanted
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
