package org.sitedesk.app.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.archive.ArchiveDocument;
import org.sitedesk.archive.ArchiveServices;
import org.sitedesk.archive.Box;
import org.sitedesk.archive.DocumentStatus;
import org.sitedesk.archive.Loan;
import org.sitedesk.archive.LoanState;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.support.TestDatabase;

/**
 * The sample estate's archive (issue 15, item 10): boxes for the sample buildings, documents for most
 * households with a few missing, two loans out (one overdue), one destroyed document.
 */
class SampleArchiveTest {
    @TempDir
    Path folder;

    @Test
    void theSampleArchiveIsFilledAndLoadingItAgainAddsNothing() {
        try (TestDatabase db = new TestDatabase(folder)) {
            Actor admin = db.administrator();
            SampleData.load(db.services, admin);
            ArchiveServices archive = db.services.archive();
            LocalDate today = LocalDate.now(db.clock);

            List<Box> boxes = archive.shelves().boxes();
            assertThat(boxes.stream().map(box -> box.firstRoom().building()).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("1", "2", "3", "4");
            assertThat(boxes).extracting(Box::category).contains("业主档案", "装修档案");
            List<ArchiveDocument> documents = archive.lookup().documents(admin);
            Set<Long> filedUnits = documents.stream().map(ArchiveDocument::unitId).collect(Collectors.toSet());
            assertThat(filedUnits).hasSizeGreaterThan(450);
            assertThat(documents).filteredOn(document -> document.box().isEmpty()).isEmpty();
            assertThat(documents).filteredOn(document -> document.status(today) == DocumentStatus.DESTROYED).hasSize(1);

            List<Loan> loans = archive.lending().register(admin);
            assertThat(loans).extracting(loan -> loan.state(today))
                    .containsExactlyInAnyOrder(LoanState.OUT, LoanState.OVERDUE, LoanState.RETURNED, LoanState.PAGES_DIFFER);
            assertThat(archive.lookup().overdueLoans(admin, today)).hasSize(1);
            assertThat(archive.destructions().due(admin, today)).isNotEmpty().hasSizeLessThan(10);

            long missing = db.services.estate().units().unit(RoomCode.parse("1-1-101").orElseThrow()).orElseThrow().id();
            assertThat(archive.lookup().household(admin, missing).missing()).isEmpty();

            SampleData.load(db.services, admin);
            assertThat(archive.lookup().documents(admin)).hasSize(documents.size());
            assertThat(archive.lending().register(admin)).hasSize(4);
        }
    }
}
