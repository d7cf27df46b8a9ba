package org.sitedesk.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitedesk.core.db.schema.Tables.AUDIT_LOG;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.estate.OwnershipTransferRequest;
import org.sitedesk.estate.TransferDocument;
import org.sitedesk.support.ArchiveFixture;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.TestDatabase;

/**
 * The household's checklist (issue 15, item 3) and owner changes (item 5): after a 过户 the old owner's
 * documents stay, marked as of the previous owner, and the checklist starts again for the new owner.
 */
class OwnerChangeTest {
    private static final LocalDate TRANSFER = LocalDate.of(2026, 11, 1);

    @TempDir
    Path folder;
    private TestDatabase db;
    private ArchiveFixture fixture;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        fixture = new ArchiveFixture(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> missing() {
        return fixture.archive.lookup().household(fixture.admin, fixture.unit1502).missing().stream()
                .map(DocumentType::name).toList();
    }

    private void transfer() {
        int version = db.services.estate().units().unit(fixture.unit1502).orElseThrow().version();
        db.services.estate().households().transferOwnership(fixture.admin, fixture.unit1502, version,
                new OwnershipTransferRequest(TRANSFER, List.of(EstateFixture.owner("李四", EstateFixture.LI_SI_ID,
                        "13900139000", null)), EnumSet.of(TransferDocument.PROPERTY_CERTIFICATE), ""));
    }

    /** Item 3: the checklist names the owner set's standard documents not handed in; renovation papers are not asked for. */
    @Test
    void theChecklistNamesWhatTheOwnersHaveNotHandedIn() {
        assertThat(missing()).containsExactly("业主公约", "消防安全责任书", "业主家庭情况登记表", "钥匙领用登记表",
                "业主证领用登记表", "业主入住验房表", "证件复印件", "购房合同", "产权证明");

        fixture.file(fixture.unit1502, "业主公约", 3);
        fixture.file(fixture.unit1502, "购房合同", 12);
        fixture.file(fixture.unit1502, "装修图纸", 6);

        assertThat(missing()).doesNotContain("业主公约", "购房合同").hasSize(7);
    }

    /** Item 5: the previous owner's documents stay, marked; the checklist restarts and now asks for 过户资料. */
    @Test
    void anOwnerChangeMarksThePreviousOwnersDocumentsAndRestartsTheChecklist() {
        ArchiveDocument covenant = fixture.file(fixture.admin, fixture.unit1502, "业主公约", 3, LocalDate.of(2015, 7, 1));
        ArchiveDocument transferPapers = fixture.file(fixture.admin, fixture.unit1502, "过户资料", 8, TRANSFER);

        transfer();

        HouseholdArchive after = fixture.archive.lookup().household(fixture.admin, fixture.unit1502);
        ArchiveDocument old = after.documents().stream().filter(document -> document.id() == covenant.id()).findFirst()
                .orElseThrow();
        assertThat(old.ofPreviousOwner()).isTrue();
        assertThat(old.previousOwnerUntil()).contains(TRANSFER.minusDays(1));
        assertThat(old.ownerNames()).isEqualTo("张三");
        ArchiveDocument papers = after.documents().stream().filter(document -> document.id() == transferPapers.id())
                .findFirst().orElseThrow();
        assertThat(papers.ofPreviousOwner()).as("received on the transfer day: the new owner's").isFalse();
        assertThat(papers.ownerNames()).isEqualTo("李四");
        assertThat(after.documents()).hasSize(2);
        assertThat(after.missing()).extracting(DocumentType::name).contains("业主公约").doesNotContain("过户资料");
        assertThat(db.database.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION_CODE.eq("PREVIOUS_OWNER_MARKED"))).isEqualTo(1);
    }

    /** Item 5: a household bought from a previous owner is asked for its 过户资料. */
    @Test
    void transferPapersAreAskedForOnceTheUnitChangedHands() {
        assertThat(missing()).doesNotContain("过户资料");

        transfer();

        assertThat(missing()).contains("过户资料");
    }
}
