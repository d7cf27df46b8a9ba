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
import org.sitedesk.keys.CabinetKey;
import org.sitedesk.keys.KeyState;
import org.sitedesk.keys.Pass;
import org.sitedesk.keys.PassStatus;
import org.sitedesk.support.TestDatabase;

/** Issue 16 item 10: the sample's keys of vacant units and plant rooms, a key overdue, passes of every type and state. */
class SampleKeysTest {
    @TempDir
    Path folder;

    @Test
    void theSampleHasKeysOutAndOverdueAndPassesOfEveryTypeAndStateAndLoadingItAgainAddsNothing() {
        try (TestDatabase db = new TestDatabase(folder)) {
            Actor admin = db.administrator();
            SampleData.load(db.services, admin);
            List<CabinetKey> keys = db.services.keys().lookup().all(admin);
            LocalDate today = LocalDate.now(db.clock);

            assertThat(db.services.keys().lookup().cabinets()).hasSize(2);
            assertThat(keys).hasSize(28);
            assertThat(keys).filteredOn(key -> key.opens().areaId().isPresent()).extracting(key -> key.opens().name())
                    .contains("1号楼水泵房", "配电房", "消防控制室");
            assertThat(db.services.keys().lookup().overdue(admin)).extracting(key -> key.opens().name())
                    .containsExactly("1号楼水泵房");
            assertThat(keys).extracting(CabinetKey::state).contains(KeyState.IN_CABINET, KeyState.LENT, KeyState.LOST);
            assertThat(keys).filteredOn(CabinetKey::sealed).hasSize(2);

            List<Pass> passes = db.services.keys().register().all(admin);
            assertThat(passes).extracting(Pass::typeCode).containsOnly("OWNER", "ACCESS_CARD", "PARKING", "WORKER", "TEMPORARY")
                    .contains("OWNER", "ACCESS_CARD", "PARKING", "WORKER", "TEMPORARY");
            Set<PassStatus> statuses = passes.stream().map(pass -> pass.status(today)).collect(Collectors.toSet());
            assertThat(statuses).isEqualTo(EnumSet.of(PassStatus.VALID, PassStatus.EXPIRED, PassStatus.LOST, PassStatus.RETURNED,
                    PassStatus.ENDED));
            assertThat(passes).filteredOn(pass -> pass.reissueOf().isPresent()).singleElement()
                    .satisfies(pass -> assertThat(pass.status(today)).isEqualTo(PassStatus.VALID));
            // the renovation deposits are the sample renovations' (SampleRenovationsTest), not the passes'
            assertThat(db.services.fees().payments().register(today.minusYears(2), today)).as("no money taken for passes")
                    .allSatisfy(receipt -> assertThat(receipt.lines()).noneMatch(line -> line.itemName().contains("押金")
                            && !line.itemName().startsWith("装修") || line.itemName().contains("补办")));
            assertThat(db.services.keys().register().expiring(admin, 30)).isNotEmpty();

            SampleData.load(db.services, admin);
            assertThat(db.services.keys().lookup().all(admin)).hasSize(28);
            assertThat(db.services.keys().register().all(admin)).hasSize(passes.size());
        }
    }
}
