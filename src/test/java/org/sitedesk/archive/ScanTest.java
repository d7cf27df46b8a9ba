package org.sitedesk.archive;

import org.sitedesk.core.files.FileKind;
import org.sitedesk.core.files.HashedFileStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitedesk.core.db.schema.Tables.AUDIT_LOG;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.PermissionDeniedException;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.ArchiveFixture;
import org.sitedesk.support.TestDatabase;

/**
 * Scans (issue 15, item 2): PDF, JPEG or PNG told by content, 20 MB at most, stored in the data folder
 * under their SHA-256; opening one of a 秘密 or higher document is audited like revealing an ID number.
 */
class ScanTest {
    @TempDir
    Path folder;
    private TestDatabase db;
    private ArchiveFixture fixture;
    private ArchiveServices archive;
    private Path incoming;

    @BeforeEach
    void open() throws Exception {
        db = new TestDatabase(Files.createDirectories(folder.resolve("db")));
        fixture = new ArchiveFixture(db);
        archive = fixture.archive;
        incoming = Files.createDirectories(folder.resolve("incoming"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int audited(String action) {
        return db.database.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION_CODE.eq(action));
    }

    /** Item 2: the kind comes from the first bytes, so a name the user typed neither decides it nor names the stored file. */
    @Test
    void scansAreCheckedByContentAndStoredUnderTheirHash() throws Exception {
        Path pdf = ArchiveFixture.pdf(incoming, "..\\..\\张三 身份证.txt");
        Path jpeg = ArchiveFixture.jpeg(incoming, "photo.pdf");
        Path png = ArchiveFixture.png(incoming, "scan");
        ArchiveDocument document = fixture.file(fixture.unit1502, "证件复印件", 2);

        archive.filing().attachScan(fixture.admin, document.id(), pdf);
        archive.filing().attachScan(fixture.admin, document.id(), jpeg);
        ArchiveDocument withScans = archive.filing().attachScan(fixture.admin, document.id(), png);

        assertThat(withScans.scans()).isEqualTo(3);
        List<Scan> scans = archive.lookup().scans(fixture.admin, document.id());
        assertThat(scans).extracting(Scan::type).containsExactly(FileKind.PDF, FileKind.JPEG, FileKind.PNG);
        Path stored = archive.scanStore().path(scans.get(0).hash(), FileKind.PDF);
        assertThat(stored).startsWith(folder.resolve("db").resolve("scans"));
        assertThat(stored.getFileName().toString()).isEqualTo(HashedFileStore.sha256(Files.readAllBytes(pdf)) + ".pdf");
        assertThat(Files.readAllBytes(stored)).isEqualTo(Files.readAllBytes(pdf));
        try (Stream<Path> files = Files.walk(archive.scanStore().folder())) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.contains("张三") || name.contains("photo"));
        }
    }

    /** Item 2: a file that is not a PDF, JPEG or PNG, whatever it is called, is refused before anything is filed. */
    @Test
    void aFileThatIsNoScanIsRefusedAndTheDocumentIsNotFiled() throws Exception {
        Path renamed = Files.writeString(incoming.resolve("contract.pdf"), "room,name\n3-2-1502,张三\n");

        assertThatThrownBy(() -> archive.filing().file(fixture.admin, new DocumentDraft(fixture.unit1502, Optional.empty(),
                fixture.type("购房合同").id(), 12, Optional.empty(), Optional.empty(), Optional.empty(), ""), List.of(renamed)))
                .hasMessageContaining("error.scan.notAScan");
        assertThat(archive.lookup().documents(fixture.admin)).isEmpty();
    }

    /** Item 2: 20 MB each at most. */
    @Test
    void aScanLargerThanTwentyMegabytesIsRefused() throws Exception {
        Path large = ArchiveFixture.pdf(incoming, "large.pdf");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(HashedFileStore.MAX_BYTES + 1);
        }
        Path justRight = ArchiveFixture.pdf(incoming, "right.pdf");
        try (RandomAccessFile file = new RandomAccessFile(justRight.toFile(), "rw")) {
            file.setLength(HashedFileStore.MAX_BYTES);
        }
        ArchiveDocument document = fixture.file(fixture.unit1502, "购房合同", 12);

        assertThatThrownBy(() -> archive.filing().attachScan(fixture.admin, document.id(), large))
                .hasMessageContaining("error.scan.tooLarge");
        assertThat(archive.filing().attachScan(fixture.admin, document.id(), justRight).scans()).isEqualTo(1);
    }

    /** The same page scanned twice is stored once; attaching it twice to one document is refused. */
    @Test
    void theSameContentIsStoredOnce() throws Exception {
        ArchiveDocument first = fixture.file(fixture.unit1502, "证件复印件", 2);
        ArchiveDocument second = fixture.file(fixture.unit1502, "购房合同", 12);
        Path scan = ArchiveFixture.pdf(incoming, "a.pdf");

        archive.filing().attachScan(fixture.admin, first.id(), scan);
        archive.filing().attachScan(fixture.admin, second.id(), ArchiveFixture.pdf(incoming, "b.pdf"));

        try (Stream<Path> files = Files.walk(archive.scanStore().folder())) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
        assertThatThrownBy(() -> archive.filing().attachScan(fixture.admin, first.id(), scan))
                .hasMessageContaining("error.scan.already");
    }

    /**
     * Item 2 and DOMAIN.md personal information 2: opening a scan of a 秘密 or higher document is an audit
     * row, and only roles that may see personal data open one; a 普通 document's scan is not audited.
     */
    @Test
    void openingAScanOfAConfidentialDocumentIsAudited() throws Exception {
        Actor archivist = db.userWithRole("gu", Role.ARCHIVIST);
        Actor clerk = db.userWithRole("xiao", Role.CLERK);
        ArchiveDocument secret = fixture.file(fixture.unit1502, "证件复印件", 2);
        ArchiveDocument ordinary = fixture.file(fixture.unit1502, "装修图纸", 6);
        archive.filing().attachScan(fixture.admin, secret.id(), ArchiveFixture.pdf(incoming, "id.pdf"));
        archive.filing().attachScan(fixture.admin, ordinary.id(), ArchiveFixture.png(incoming, "plan.png"));
        long secretScan = archive.lookup().scans(fixture.admin, secret.id()).get(0).id();
        long ordinaryScan = archive.lookup().scans(fixture.admin, ordinary.id()).get(0).id();

        Path opened = archive.scans().open(archivist, secretScan);
        archive.scans().open(clerk, ordinaryScan);

        assertThat(opened).exists();
        assertThat(audited("SCAN_VIEWED")).isEqualTo(1);
        assertThat(db.database.dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTION_CODE.eq("SCAN_VIEWED")).fetchOne())
                .satisfies(row -> {
                    assertThat(row.getActor()).isEqualTo("gu");
                    assertThat(row.getEntityId()).isEqualTo(secret.fileNo());
                });
        assertThatThrownBy(() -> archive.scans().open(clerk, secretScan)).isInstanceOf(PermissionDeniedException.class);
        assertThat(audited("SCAN_VIEWED")).isEqualTo(1);
    }
}
