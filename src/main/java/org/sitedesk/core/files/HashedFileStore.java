package org.sitedesk.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.sitedesk.core.db.OwnerOnlyFiles;
import org.sitedesk.core.i18n.UserFacingException;

/**
 * Files kept for records, in a folder of the data folder: each is named by the SHA-256 of its content
 * ({@code 3f/3fa4…e1.pdf}), never by a name a user typed, so no name can point outside the folder
 * and the same page scanned twice is kept once. Only PDF, JPEG and PNG, told by content, of at most
 * 20 MB. Files are readable by the operating-system user only: they are owners' papers and photos
 * of identity cards (PIPL 51).
 */
public final class HashedFileStore {
    /** 20 MB: a multi-page PDF at 300 dpi or a phone's full-size photo is a few; anything larger is a mistake. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Path folder;
    private final Refusals refusals;

    /** The message keys a module refuses a file with, so the clerk reads "the scan" or "the photo". */
    public record Refusals(String missing, String tooLarge, String wrongKind, String unreadable) {
    }

    /** A file read and checked, not stored yet: its bytes, what they are, and their hash. */
    public record Checked(byte[] content, FileKind kind, String hash) {
    }

    public HashedFileStore(Path folder, Refusals refusals) {
        this.folder = folder;
        this.refusals = refusals;
    }

    public Path folder() {
        return folder;
    }

    /** Reads a file a user chose and checks it by its content; refused with a sentence naming the file otherwise. */
    public Checked check(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new UserFacingException(refusals.missing(), name);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new UserFacingException(refusals.tooLarge(), name, MAX_BYTES / (1024 * 1024));
            }
            byte[] content;
            try (InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (content.length > MAX_BYTES) {
                throw new UserFacingException(refusals.tooLarge(), name, MAX_BYTES / (1024 * 1024));
            }
            FileKind kind = FileKind.detect(content).orElseThrow(() -> new UserFacingException(refusals.wrongKind(), name));
            return new Checked(content, kind, sha256(content));
        } catch (IOException e) {
            throw new UserFacingException(e, refusals.unreadable(), name);
        }
    }

    /** Writes a checked file under its hash (nothing to do when it is there already) and returns where. */
    public Path store(Checked checked) {
        Path target = path(checked.hash(), checked.kind());
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

    public Path path(String hash, FileKind kind) {
        return folder.resolve(hash.substring(0, 2)).resolve(hash + "." + kind.extension());
    }

    /** The file, when it is on this computer (a server database's files stay on the counter that took them). */
    public Optional<Path> file(String hash, FileKind kind) {
        Path path = path(hash, kind);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /** Removes a stored file; one already gone is fine. */
    public void delete(String hash, FileKind kind) {
        try {
            Files.deleteIfExists(path(hash, kind));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
