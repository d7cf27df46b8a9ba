package org.sitedesk.lostfound;

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
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.core.db.OwnerOnlyFiles;
import org.sitedesk.core.i18n.UserFacingException;

/**
 * Found items' photos on disk, in the data folder: each file is named by the SHA-256 of its content
 * ({@code lost-found-photos/3f/3fa4…e1.jpg}), never by a name a user typed, so no name can point
 * outside the folder and the same picture taken twice is kept once. The kind is read from the
 * content (JPEG, PNG or a scanned PDF), at most 20 MB. Files are readable by the operating-system
 * user only: a photo may show an identity card.
 */
public final class PhotoStore {
    /** 20 MB: a phone's full-size photo is a few; anything larger is a mistake. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final String FOLDER = "lost-found-photos";

    private final Path folder;

    public PhotoStore(Path folder) {
        this.folder = folder;
    }

    /**
     * The folder beside an H2 file (so the database and its photos move and are backed up together),
     * or under this computer's data folder for a server database.
     */
    public static Path folderFor(DatabaseLocation location, Path dataFolder) {
        return location.h2File().map(file -> file.toAbsolutePath().getParent()).orElse(dataFolder).resolve(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    /** A file read and checked, not stored yet. */
    record Checked(byte[] content, ItemPhoto photo) {
    }

    /** Reads a chosen file and checks it is a JPEG, PNG or PDF of at most 20 MB by its content. */
    Checked check(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new UserFacingException("error.lost.photoMissing", name);
            }
            byte[] content;
            try (InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (content.length > MAX_BYTES) {
                throw new UserFacingException("error.lost.photoTooLarge", name, MAX_BYTES / (1024 * 1024));
            }
            PhotoType type = PhotoType.detect(content)
                    .orElseThrow(() -> new UserFacingException("error.lost.photoType", name));
            return new Checked(content, new ItemPhoto(sha256(content), type));
        } catch (IOException e) {
            throw new UserFacingException(e, "error.lost.photoUnreadable", name);
        }
    }

    /** Writes a checked photo under its hash; one already there is kept as it is. */
    ItemPhoto store(Checked checked) {
        Path target = path(checked.photo());
        if (Files.isRegularFile(target)) {
            return checked.photo();
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
            return checked.photo();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a photo is kept. */
    public Path path(ItemPhoto photo) {
        return folder.resolve(photo.hash().substring(0, 2)).resolve(photo.hash() + "." + photo.type().extension());
    }

    /** The photo's file, when it is on this computer (a server database's photos stay on the counter that took them). */
    public Optional<Path> file(ItemPhoto photo) {
        Path path = path(photo);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
