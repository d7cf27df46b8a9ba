package org.sitedesk.app.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.users.Actor;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.ItemState;
import org.sitedesk.lostfound.LostFoundDue;
import org.sitedesk.lostfound.LostFoundServices;
import org.sitedesk.lostfound.LostReport;
import org.sitedesk.lostfound.RegisterFilter;
import org.sitedesk.lostfound.ReportState;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.TestDatabase;

/**
 * The sample register (issue 17 item 9): items in every state, one due for disposal, one lost report
 * matched and one returned on a claim; loading it again adds nothing.
 */
class SampleLostFoundTest {
    @TempDir
    Path folder;

    @Test
    void theSampleRegisterHasItemsInEveryStateOneDueAndALostReportMatched() {
        try (TestDatabase db = new TestDatabase(folder)) {
            Actor admin = db.administrator();
            EstateFixture estate = new EstateFixture(db);
            estate.unit("1-1-101", "1", "89.75");
            estate.unit("2-1-301", "3", "120.00");
            LostFoundServices lostFound = db.services.lostFound();

            new SampleLostFound(db.services, admin).load();

            List<FoundItem> items = lostFound.lookup().register(admin, RegisterFilter.all());
            assertThat(items).hasSize(8);
            Set<ItemState> states = items.stream().map(FoundItem::state).collect(Collectors.toSet());
            assertThat(states).isEqualTo(EnumSet.allOf(ItemState.class));
            LostFoundDue due = lostFound.lookup().due(admin);
            assertThat(due.disposalDue()).extracting(FoundItem::description).containsExactly("钥匙一串（3把）");
            assertThat(due.policeOverdue()).extracting(FoundItem::description).containsExactly("黑色皮革钱包");
            assertThat(items).filteredOn(item -> item.state() == ItemState.DISPOSED).singleElement()
                    .satisfies(item -> assertThat(item.disposal().orElseThrow().disposedOn()).isEqualTo(LocalDate.now(db.clock)));
            List<LostReport> open = lostFound.reports().list(admin, false);
            assertThat(open).hasSize(2);
            LostReport wallet = open.stream().filter(report -> report.reporter().equals("宋建芳")).findFirst().orElseThrow();
            assertThat(lostFound.matching().forReport(admin, wallet.number())).singleElement()
                    .satisfies(match -> assertThat(match.item().description()).isEqualTo("黑色皮革钱包"));
            assertThat(lostFound.reports().list(admin, true)).filteredOn(report -> report.state() == ReportState.RETURNED)
                    .singleElement().satisfies(report -> assertThat(report.room()).isEqualTo("1-1-101"));
            assertThat(items).filteredOn(item -> item.claim().isPresent()).singleElement()
                    .satisfies(item -> assertThat(item.claim().orElseThrow().maskedIdNumber()).isEqualTo("370102********1200"));

            new SampleLostFound(db.services, admin).load();
            assertThat(lostFound.lookup().register(admin, RegisterFilter.all())).hasSize(8);
        }
    }
}
