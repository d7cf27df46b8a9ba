package org.sitedesk.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.PermissionDeniedException;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.ArchiveFixture;
import org.sitedesk.support.TestDatabase;

/** Filing documents (issue 15, items 1 and 3): numbers, defaults by type, boxes and their history, the type list. */
class DocumentFilingTest {
    @TempDir
    Path folder;
    private TestDatabase db;
    private ArchiveFixture fixture;
    private ArchiveServices archive;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        fixture = new ArchiveFixture(db);
        archive = fixture.archive;
    }

    @AfterEach
    void close() {
        db.close();
    }

    /**
     * Item 1: the archive number is built from building, floor and room plus a sequence, so sorting by
     * number is building → floor → room → sequence (3-2-901 on floor 9 before 3-1-1501 on floor 15).
     */
    @Test
    void numbersAreBuildingFloorRoomAndSequenceAndSortInThatOrder() {
        ArchiveDocument first = fixture.file(fixture.unit1502, "业主公约", 3);
        ArchiveDocument second = fixture.file(fixture.unit1502, "消防安全责任书", 2);
        fixture.file(fixture.unit1501, "业主公约", 3);
        fixture.file(fixture.unit901, "业主公约", 3);
        fixture.file(fixture.unit101, "业主公约", 3);

        assertThat(first.fileNo()).isEqualTo("3-15-2-1502-01");
        assertThat(second.fileNo()).isEqualTo("3-15-2-1502-02");
        assertThat(archive.lookup().documents(fixture.admin)).extracting(ArchiveDocument::fileNo)
                .containsExactly("3-1-1-101-01", "3-9-2-901-01", "3-15-1-1501-01", "3-15-2-1502-01", "3-15-2-1502-02");
    }

    /** Item 1: owner files default to 机密 (the site's rule), retention follows the type, the filer is recorded. */
    @Test
    void levelAndRetentionComeFromTheTypeAndTheFilerIsRecorded() {
        Actor archivist = db.userWithRole("gu", Role.ARCHIVIST);
        ArchiveDocument covenant = fixture.file(archivist, fixture.unit1502, "业主公约", 3, LocalDate.of(2015, 7, 1));
        ArchiveDocument keys = fixture.file(archivist, fixture.unit1502, "钥匙领用登记表", 1, LocalDate.of(2015, 7, 1));
        ArchiveDocument drawings = fixture.file(archivist, fixture.unit1502, "装修图纸", 6, LocalDate.of(2016, 5, 1));

        assertThat(covenant.level()).isEqualTo(Confidentiality.SECRET);
        assertThat(covenant.retainedUntil()).isEmpty();
        assertThat(keys.retainedUntil()).contains(LocalDate.of(2018, 7, 1));
        assertThat(drawings.level()).isEqualTo(Confidentiality.ORDINARY);
        assertThat(covenant.filedBy()).isEqualTo("gu");
        assertThat(covenant.ownerNames()).isEqualTo("张三");
        assertThat(covenant.ownersSince()).contains(LocalDate.of(2015, 7, 1));
        assertThat(covenant.box()).map(BoxRef::place).contains("A01 / 3-001");
    }

    /** Item 1: a document may concern one person of the household, and only one of that household. */
    @Test
    void aDocumentMayNameAPersonOfTheHousehold() {
        long zhang = db.services.estate().households().card(fixture.unit1502).currentOwners().get(0).id();
        ArchiveDocument copies = archive.filing().file(fixture.admin, new DocumentDraft(fixture.unit1502, Optional.of(zhang),
                fixture.type("证件复印件").id(), 2, Optional.empty(), Optional.empty(), Optional.empty(), "身份证正反面"),
                List.of());

        assertThat(copies.person()).contains("张三");
        assertThat(copies.received()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() -> archive.filing().file(fixture.admin, new DocumentDraft(fixture.unit901, Optional.of(zhang),
                fixture.type("证件复印件").id(), 2, Optional.empty(), Optional.empty(), Optional.empty(), ""), List.of()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("error.archive.person");
    }

    /** Items 1 and 9: pages must be positive, the day received not after today, the type one in use. */
    @Test
    void badDraftsAreRefusedAndNothingIsFiled() {
        long type = fixture.type("业主公约").id();
        assertThatThrownBy(() -> archive.filing().file(fixture.admin, new DocumentDraft(fixture.unit1502, Optional.empty(),
                type, 0, Optional.empty(), Optional.empty(), Optional.empty(), ""), List.of()))
                .hasMessageContaining("error.archive.pages");
        assertThatThrownBy(() -> archive.filing().file(fixture.admin, new DocumentDraft(fixture.unit1502, Optional.empty(),
                type, 3, Optional.empty(), Optional.of(LocalDate.of(2026, 11, 24)), Optional.empty(), ""), List.of()))
                .hasMessageContaining("error.archive.receivedInFuture");
        assertThatThrownBy(() -> archive.filing().file(fixture.admin, new DocumentDraft(fixture.unit1502, Optional.empty(),
                -5, 3, Optional.empty(), Optional.empty(), Optional.empty(), ""), List.of()))
                .hasMessageContaining("error.archive.type");

        assertThat(archive.lookup().documents(fixture.admin)).isEmpty();
    }

    /** Permissions are checked in the service: a clerk sees the archive but files nothing. */
    @Test
    void onlyTheArchiveManagerAndTheAdministratorFile() {
        Actor clerk = db.userWithRole("xiao", Role.CLERK);
        Actor engineer = db.userWithRole("wang", Role.ENGINEER);

        assertThatThrownBy(() -> fixture.file(clerk, fixture.unit1502, "业主公约", 3, LocalDate.of(2020, 1, 1)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(archive.lookup().documents(clerk)).isEmpty();
        assertThatThrownBy(() -> archive.lookup().documents(engineer)).isInstanceOf(PermissionDeniedException.class);
    }

    /** Item 3: a box holds the range of rooms on its label; a document is put only in a box that holds its room. */
    @Test
    void aBoxTakesOnlyTheRoomsOfItsRange() {
        Box high = archive.shelves().saveBox(fixture.admin, new BoxDraft("3-003", fixture.box.cabinetId(), "业主档案",
                "3-1-1501", "3-2-1502"));

        assertThat(high.holds(org.sitedesk.estate.RoomCode.parse("3-2-1502").orElseThrow(), 15)).isTrue();
        assertThatThrownBy(() -> archive.filing().file(fixture.admin, new DocumentDraft(fixture.unit901, Optional.empty(),
                fixture.type("业主公约").id(), 3, Optional.empty(), Optional.empty(), Optional.of(high.id()), ""), List.of()))
                .isInstanceOf(UserFacingException.class)
                .satisfies(error -> assertThat(((UserFacingException) error).arguments())
                        .containsExactly(org.sitedesk.estate.RoomCode.parse("3-2-901").orElseThrow(), "3-003", "3-1-1501～3-2-1502"));
        assertThatThrownBy(() -> archive.shelves().saveBox(fixture.admin, new BoxDraft("3-004", fixture.box.cabinetId(),
                "业主档案", "3-2-1502", "3-1-101"))).hasMessageContaining("error.archiveBox.rangeOrder");
        assertThatThrownBy(() -> archive.shelves().saveBox(fixture.admin, new BoxDraft("3-004", fixture.box.cabinetId(),
                "业主档案", "9-9-999", "3-1-101"))).hasMessageContaining("cli.print.noRoom");
    }

    /** Item 3: moving between boxes keeps the history, the first placing included. */
    @Test
    void movesBetweenBoxesAreKept() {
        ArchiveDocument covenant = fixture.file(fixture.unit1502, "业主公约", 3);

        ArchiveDocument moved = archive.filing().moveToBox(fixture.admin, covenant.id(), Optional.of(fixture.emptyBox.id()));

        assertThat(moved.box()).map(BoxRef::code).contains("3-002");
        List<String> moves = archive.lookup().moves(fixture.admin, covenant.id());
        assertThat(moves).hasSize(2);
        assertThat(moves.get(0)).contains("— → 3-001  admin");
        assertThat(moves.get(1)).contains("3-001 → 3-002  admin");
        assertThat(archive.shelves().boxes()).extracting(Box::code, Box::documents)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3-001", 0), org.assertj.core.groups.Tuple.tuple("3-002", 1));
    }

    /** Item 1: the list of types is the site's to edit: a new type, a retired one no longer offered, names unique. */
    @Test
    void theTypeListIsEditable() {
        assertThat(archive.types().active()).extracting(DocumentType::name).startsWith("业主公约", "消防安全责任书")
                .contains("过户资料", "装修申请审批表", "竣工图").hasSize(16);

        DocumentType parking = archive.types().save(fixture.admin, Optional.empty(), new DocumentTypeDraft("车位租赁合同",
                DocumentGroup.OWNER, Optional.of(5), Confidentiality.CONFIDENTIAL, Checklist.NO, true));
        archive.types().save(fixture.admin, Optional.of(parking.id()), new DocumentTypeDraft("车位租赁合同",
                DocumentGroup.OWNER, Optional.of(5), Confidentiality.CONFIDENTIAL, Checklist.NO, false));

        assertThat(archive.types().active()).extracting(DocumentType::name).doesNotContain("车位租赁合同");
        assertThat(archive.types().all()).extracting(DocumentType::name).endsWith("车位租赁合同");
        assertThatThrownBy(() -> archive.types().save(fixture.admin, Optional.empty(), new DocumentTypeDraft("业主公约",
                DocumentGroup.OWNER, Optional.empty(), Confidentiality.SECRET, Checklist.ALWAYS, true)))
                .hasMessageContaining("error.archiveType.nameTaken");
    }
}
