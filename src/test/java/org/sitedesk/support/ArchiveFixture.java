package org.sitedesk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitedesk.archive.ArchiveDocument;
import org.sitedesk.archive.ArchiveServices;
import org.sitedesk.archive.Box;
import org.sitedesk.archive.BoxDraft;
import org.sitedesk.archive.Cabinet;
import org.sitedesk.archive.Confidentiality;
import org.sitedesk.archive.DocumentDraft;
import org.sitedesk.archive.DocumentType;
import org.sitedesk.core.users.Actor;

/**
 * A small archive for tests: building 3 with rooms on floors 1, 9 and 15 across two entrances, 张三
 * owning 3-2-1502 since 2015, cabinet A01 with box 3-001 (building 3) and an empty box 3-002.
 */
public final class ArchiveFixture {
    public final TestDatabase db;
    public final ArchiveServices archive;
    public final Actor admin;
    public final long unit1502;
    public final long unit1501;
    public final long unit901;
    public final long unit101;
    public final Box box;
    public final Box emptyBox;

    public ArchiveFixture(TestDatabase db) {
        this.db = db;
        this.archive = db.services.archive();
        this.admin = db.administrator();
        EstateFixture estate = new EstateFixture(db);
        unit1502 = estate.unit("3-2-1502", "15", "89.75");
        unit1501 = estate.unit("3-1-1501", "15", "120.00");
        unit901 = estate.unit("3-2-901", "9", "89.75");
        unit101 = estate.unit("3-1-101", "1", "89.75");
        estate.owner(admin, unit1502, "张三", EstateFixture.ZHANG_SAN_ID, "13800138000", LocalDate.of(2015, 7, 1));
        Cabinet cabinet = archive.shelves().addCabinet(admin, "A01", "档案室东墙");
        box = archive.shelves().saveBox(admin, new BoxDraft("3-001", cabinet.id(), "业主档案", "3-1-101", "3-2-1502"));
        emptyBox = archive.shelves().saveBox(admin, new BoxDraft("3-002", cabinet.id(), "装修档案", "3-1-101", "3-2-1502"));
    }

    public DocumentType type(String name) {
        return archive.types().named(name).orElseThrow();
    }

    /** A document of the given type, received on the given day, in box 3-001. */
    public ArchiveDocument file(Actor actor, long unit, String type, int pages, LocalDate received) {
        return archive.filing().file(actor, new DocumentDraft(unit, Optional.empty(), type(type).id(), pages, Optional.empty(),
                Optional.of(received), Optional.of(box.id()), ""), List.of());
    }

    public ArchiveDocument file(long unit, String type, int pages) {
        return file(admin, unit, type, pages, LocalDate.of(2020, 3, 1));
    }

    /** A document at an explicit level, no box. */
    public ArchiveDocument fileAt(long unit, String type, Confidentiality level) {
        return archive.filing().file(admin, new DocumentDraft(unit, Optional.empty(), type(type).id(), 4, Optional.of(level),
                Optional.of(LocalDate.of(2020, 3, 1)), Optional.empty(), ""), List.of());
    }

    /** The smallest file of each kind whose first bytes say what it is. */
    public static Path pdf(Path folder, String name) throws IOException {
        return Files.write(folder.resolve(name), "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes());
    }

    public static Path jpeg(Path folder, String name) throws IOException {
        return Files.write(folder.resolve(name), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'});
    }

    public static Path png(Path folder, String name) throws IOException {
        return Files.write(folder.resolve(name), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
    }
}
