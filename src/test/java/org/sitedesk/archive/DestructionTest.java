package org.sitedesk.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
 * Destruction (issue 15, item 6): documents past retention are listed; destroying needs a supervisor,
 * a witness, a method and a day; the document stays in the register marked destroyed and its scans
 * are deleted (PIPL 47); nothing leaves the register.
 */
class DestructionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;
    private TestDatabase db;
    private ArchiveFixture fixture;
    private Destructions destructions;
    private Actor supervisor;
    private ArchiveDocument keys;
    private ArchiveDocument covenant;

    /** Keys register of 2015 (three years: due since 2018), covenant (permanent), fire safety of 2020 (due 2030). */
    @BeforeEach
    void open() throws Exception {
        db = new TestDatabase(Files.createDirectories(folder.resolve("db")));
        fixture = new ArchiveFixture(db);
        destructions = fixture.archive.destructions();
        supervisor = db.userWithRole("zhao", Role.SUPERVISOR);
        keys = fixture.file(fixture.admin, fixture.unit1502, "钥匙领用登记表", 1, LocalDate.of(2015, 7, 1));
        covenant = fixture.file(fixture.admin, fixture.unit1502, "业主公约", 3, LocalDate.of(2015, 7, 1));
        fixture.file(fixture.admin, fixture.unit1502, "消防安全责任书", 2, LocalDate.of(2020, 3, 1));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static DestructionRequest request(String witness) {
        return new DestructionRequest(witness, "碎纸机粉碎", "保存期满", TODAY);
    }

    @Test
    void documentsPastTheirRetentionAreListed() {
        assertThat(destructions.due(supervisor, TODAY)).extracting(ArchiveDocument::fileNo).containsExactly(keys.fileNo());
        assertThat(destructions.due(supervisor, LocalDate.of(2030, 3, 1))).hasSize(2);
    }

    /** PIPL 47: the destroyed document stays in the register with its destruction; its scans are deleted from disk. */
    @Test
    void aSupervisorDestroysWithAWitnessAndTheScansAreDeleted() throws Exception {
        Path incoming = Files.createDirectories(folder.resolve("incoming"));
        fixture.archive.filing().attachScan(fixture.admin, keys.id(), ArchiveFixture.pdf(incoming, "keys.pdf"));
        Scan scan = fixture.archive.lookup().scans(fixture.admin, keys.id()).get(0);
        Path file = fixture.archive.scanStore().path(scan.hash(), scan.type());
        assertThat(file).exists();

        Destruction done = destructions.destroy(supervisor, keys.id(), request("钱监销"));

        assertThat(done.approvedBy()).isEqualTo("zhao");
        assertThat(done.witness()).isEqualTo("钱监销");
        assertThat(done.method()).isEqualTo("碎纸机粉碎");
        assertThat(done.scansDeleted()).isEqualTo(1);
        assertThat(file).doesNotExist();
        assertThat(fixture.archive.lookup().scans(fixture.admin, keys.id())).singleElement()
                .satisfies(gone -> assertThat(gone.isDeleted()).isTrue());
        ArchiveDocument kept = fixture.archive.lookup().document(supervisor, keys.fileNo()).orElseThrow();
        assertThat(kept.status(TODAY)).isEqualTo(DocumentStatus.DESTROYED);
        assertThat(kept.destroyedOn()).contains(TODAY);
        assertThat(fixture.archive.lookup().documents(supervisor)).hasSize(3);
        assertThat(destructions.register(supervisor)).extracting(Destruction::fileNo).containsExactly(keys.fileNo());
        assertThat(destructions.due(supervisor, TODAY)).isEmpty();
        assertThatThrownBy(() -> fixture.archive.lending().lend(fixture.admin, keys.id(),
                new LoanRequest("李工", "查阅", TODAY))).hasMessageContaining("error.archive.destroyed");
    }

    /** Item 6: a supervisor's approval — the archive manager may not destroy. */
    @Test
    void theArchiveManagerMayNotDestroy() {
        Actor archivist = db.userWithRole("gu", Role.ARCHIVIST);

        assertThatThrownBy(() -> destructions.destroy(archivist, keys.id(), request("钱监销")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(destructions.register(archivist)).isEmpty();
    }

    /** Item 6: a witness who is not the approver, a method, a reason, a day not in the future. */
    @Test
    void aDestructionWithoutItsWitnessOrMethodIsRefused() {
        assertThatThrownBy(() -> destructions.destroy(supervisor, keys.id(), request(" ")))
                .hasMessageContaining("error.destroy.witness");
        assertThatThrownBy(() -> destructions.destroy(supervisor, keys.id(), request("zhao")))
                .hasMessageContaining("error.destroy.witnessIsApprover");
        assertThatThrownBy(() -> destructions.destroy(supervisor, keys.id(), new DestructionRequest("钱监销", "", "保存期满", TODAY)))
                .hasMessageContaining("error.destroy.method");
        assertThatThrownBy(() -> destructions.destroy(supervisor, keys.id(),
                new DestructionRequest("钱监销", "碎纸机粉碎", "保存期满", TODAY.plusDays(1))))
                .hasMessageContaining("error.destroy.dateInFuture");
        assertThat(destructions.register(supervisor)).isEmpty();
    }

    /** Item 6: permanent documents, documents not yet due and documents out on loan stay; a destroyed one is not destroyed twice. */
    @Test
    void onlyDueDocumentsOnFileAreDestroyed() {
        ArchiveDocument fire = fixture.archive.lookup().documents(supervisor).stream()
                .filter(document -> document.typeName().equals("消防安全责任书")).findFirst().orElseThrow();
        assertThatThrownBy(() -> destructions.destroy(supervisor, covenant.id(), request("钱监销")))
                .hasMessageContaining("error.destroy.permanent");
        assertThatThrownBy(() -> destructions.destroy(supervisor, fire.id(), request("钱监销")))
                .hasMessageContaining("error.destroy.notDue");
        fixture.archive.lending().lend(fixture.admin, keys.id(), new LoanRequest("李工", "查阅", TODAY));
        assertThatThrownBy(() -> destructions.destroy(supervisor, keys.id(), request("钱监销")))
                .hasMessageContaining("error.destroy.out");
        fixture.archive.lending().giveBack(fixture.admin, keys.id(), 1, "");
        destructions.destroy(supervisor, keys.id(), request("钱监销"));
        assertThatThrownBy(() -> destructions.destroy(supervisor, keys.id(), request("钱监销")))
                .hasMessageContaining("error.archive.destroyed");
        assertThat(destructions.register(supervisor)).hasSize(1);
    }

    /** A file that is also the scan of a document still kept stays on disk. */
    @Test
    void aScanSharedWithAKeptDocumentStays() throws Exception {
        Path incoming = Files.createDirectories(folder.resolve("incoming"));
        fixture.archive.filing().attachScan(fixture.admin, keys.id(), ArchiveFixture.pdf(incoming, "same.pdf"));
        fixture.archive.filing().attachScan(fixture.admin, covenant.id(), ArchiveFixture.pdf(incoming, "same-again.pdf"));
        Scan scan = fixture.archive.lookup().scans(fixture.admin, covenant.id()).get(0);

        destructions.destroy(supervisor, keys.id(), request("钱监销"));

        assertThat(fixture.archive.scanStore().path(scan.hash(), scan.type())).exists();
        assertThat(fixture.archive.scans().open(fixture.admin, scan.id())).exists();
        List<Scan> destroyedScans = fixture.archive.lookup().scans(fixture.admin, keys.id());
        assertThatThrownBy(() -> fixture.archive.scans().open(fixture.admin, destroyedScans.get(0).id()))
                .hasMessageContaining("error.scan.deleted");
    }
}
