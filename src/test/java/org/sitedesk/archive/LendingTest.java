package org.sitedesk.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.core.users.PermissionDeniedException;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.ArchiveFixture;
import org.sitedesk.support.TestDatabase;

/**
 * Lending (issue 15, item 4): who may approve depends on the level, checked in the service; 机密 and
 * 绝密 are read in the archive room and due the same day; a return with a different count is flagged.
 */
class LendingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;
    private TestDatabase db;
    private ArchiveFixture fixture;
    private Lending lending;
    private Actor archivist;
    private Actor supervisor;
    private Actor clerk;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        fixture = new ArchiveFixture(db);
        lending = fixture.archive.lending();
        archivist = db.userWithRole("gu", Role.ARCHIVIST);
        supervisor = db.userWithRole("zhao", Role.SUPERVISOR);
        clerk = db.userWithRole("xiao", Role.CLERK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static LoanRequest request(LocalDate due) {
        return new LoanRequest("李工", "核对装修图纸", due);
    }

    /** Item 4: 普通 — the archive manager approves. */
    @Test
    void theArchiveManagerLendsAnOrdinaryDocument() {
        ArchiveDocument drawings = fixture.fileAt(fixture.unit1502, "装修图纸", Confidentiality.ORDINARY);

        Loan loan = lending.lend(archivist, drawings.id(), request(TODAY.plusDays(3)));

        assertThat(loan.approvedBy()).isEqualTo("gu");
        assertThat(loan.readingRoomOnly()).isFalse();
        assertThat(loan.pagesLent()).isEqualTo(4);
        assertThat(loan.state(TODAY)).isEqualTo(LoanState.OUT);
        assertThat(fixture.archive.lookup().document(clerk, drawings.fileNo()).orElseThrow().status(TODAY))
                .isEqualTo(DocumentStatus.OUT);
        assertThatThrownBy(() -> lending.lend(clerk, fixture.fileAt(fixture.unit1502, "竣工图", Confidentiality.ORDINARY).id(),
                request(TODAY))).isInstanceOf(PermissionDeniedException.class);
    }

    /** Item 4: 秘密 — a supervisor, not the archive manager. */
    @Test
    void aConfidentialDocumentNeedsASupervisor() {
        ArchiveDocument workers = fixture.fileAt(fixture.unit1502, "装修人员登记表", Confidentiality.CONFIDENTIAL);

        assertThatThrownBy(() -> lending.lend(archivist, workers.id(), request(TODAY.plusDays(1))))
                .isInstanceOfSatisfying(PermissionDeniedException.class,
                        refused -> assertThat(refused.permission()).isEqualTo(Permission.APPROVE_SECRET_LOANS));
        assertThat(lending.lend(supervisor, workers.id(), request(TODAY.plusDays(1))).approvedBy()).isEqualTo("zhao");
    }

    /**
     * Item 4: 机密 and 绝密 — an administrator only, and then only for reading in the archive room, due
     * the same day; a clerk, the archive manager and a supervisor are refused, whatever a screen offered.
     */
    @Test
    void secretDocumentsAreLentByAnAdministratorForTheReadingRoomOnly() {
        ArchiveDocument contract = fixture.fileAt(fixture.unit1502, "购房合同", Confidentiality.SECRET);
        ArchiveDocument topSecret = fixture.fileAt(fixture.unit1502, "产权证明", Confidentiality.TOP_SECRET);

        for (Actor refused : new Actor[] {clerk, archivist, supervisor}) {
            assertThatThrownBy(() -> lending.lend(refused, contract.id(), request(TODAY)))
                    .isInstanceOfSatisfying(PermissionDeniedException.class,
                            denied -> assertThat(denied.permission()).isEqualTo(Permission.APPROVE_CONFIDENTIAL_LOANS));
        }
        assertThatThrownBy(() -> lending.lend(fixture.admin, contract.id(), request(TODAY.plusDays(1))))
                .hasMessageContaining("error.loan.readingRoomOnly");

        Loan loan = lending.lend(fixture.admin, contract.id(), request(TODAY));
        Loan top = lending.lend(fixture.admin, topSecret.id(), request(TODAY));

        assertThat(loan.readingRoomOnly()).isTrue();
        assertThat(top.readingRoomOnly()).isTrue();
        assertThat(loan.dueOn()).isEqualTo(TODAY);
    }

    /** Item 9: a document already out, or destroyed, is not lent; the due day is not in the past. */
    @Test
    void aDocumentIsOutToOneBorrowerAtATime() {
        ArchiveDocument drawings = fixture.fileAt(fixture.unit1502, "装修图纸", Confidentiality.ORDINARY);
        lending.lend(archivist, drawings.id(), request(TODAY.plusDays(3)));

        assertThatThrownBy(() -> lending.lend(archivist, drawings.id(), request(TODAY.plusDays(3))))
                .hasMessageContaining("error.loan.alreadyOut");
        assertThatThrownBy(() -> lending.lend(archivist, fixture.fileAt(fixture.unit1502, "竣工图", Confidentiality.ORDINARY).id(),
                request(TODAY.minusDays(1)))).hasMessageContaining("error.loan.duePast");
        assertThat(lending.register(archivist)).hasSize(1);
    }

    /** Item 4: the return records the pages counted; a different count is flagged and kept on the record. */
    @Test
    void aReturnWithADifferentPageCountIsFlaggedAndKept() {
        ArchiveDocument drawings = fixture.fileAt(fixture.unit1502, "装修图纸", Confidentiality.ORDINARY);
        ArchiveDocument plans = fixture.fileAt(fixture.unit1502, "竣工图", Confidentiality.ORDINARY);
        lending.lend(archivist, drawings.id(), request(TODAY.plusDays(3)));
        lending.lend(archivist, plans.id(), request(TODAY.plusDays(3)));

        Loan short1 = lending.giveBack(archivist, drawings.id(), 3, "少了一页");
        Loan whole = lending.giveBack(archivist, plans.id(), 4, "");

        assertThat(short1.pagesDiffer()).isTrue();
        assertThat(short1.state(TODAY)).isEqualTo(LoanState.PAGES_DIFFER);
        assertThat(short1.returnNote()).isEqualTo("少了一页");
        assertThat(whole.state(TODAY)).isEqualTo(LoanState.RETURNED);
        assertThat(fixture.archive.lookup().household(archivist, fixture.unit1502).loans())
                .filteredOn(Loan::pagesDiffer).singleElement().extracting(Loan::fileNo).isEqualTo(drawings.fileNo());
        assertThat(fixture.archive.lookup().document(archivist, drawings.fileNo()).orElseThrow().status(TODAY))
                .isEqualTo(DocumentStatus.ON_FILE);
        assertThatThrownBy(() -> lending.giveBack(archivist, drawings.id(), 4, ""))
                .hasMessageContaining("error.loan.notOut");
    }

    /** Item 4: overdue loans are what the dashboard lists, longest overdue first. */
    @Test
    void overdueLoansAreListed() {
        ArchiveDocument drawings = fixture.fileAt(fixture.unit1502, "装修图纸", Confidentiality.ORDINARY);
        ArchiveDocument plans = fixture.fileAt(fixture.unit901, "竣工图", Confidentiality.ORDINARY);
        lending.lend(archivist, drawings.id(), request(TODAY.plusDays(1)));
        lending.lend(archivist, plans.id(), request(TODAY.plusDays(2)));

        db.clock.advance(Duration.ofDays(4));
        LocalDate later = TODAY.plusDays(4);

        assertThat(fixture.archive.lookup().overdueLoans(clerk, later)).extracting(Loan::fileNo)
                .containsExactly(drawings.fileNo(), plans.fileNo());
        assertThat(fixture.archive.lookup().document(clerk, drawings.fileNo()).orElseThrow().status(later))
                .isEqualTo(DocumentStatus.OVERDUE);
        assertThat(fixture.archive.lookup().overdueLoans(clerk, TODAY)).isEmpty();
    }
}
