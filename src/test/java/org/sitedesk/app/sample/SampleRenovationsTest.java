package org.sitedesk.app.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.keys.Pass;
import org.sitedesk.keys.PassStatus;
import org.sitedesk.renovation.DepositLedger;
import org.sitedesk.renovation.DueRenovations;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.renovation.RenovationState;
import org.sitedesk.renovation.Worker;
import org.sitedesk.support.TestDatabase;

/** Issue 18 item 10: the sample's renovations in every state, each worker pass a permit's, the deposits balanced. */
class SampleRenovationsTest {
    @TempDir
    Path folder;

    @Test
    void theSampleHasRenovationsInEveryStateWhoseWorkerPassesAreTheirPermitsAndLoadingItAgainAddsNothing() {
        try (TestDatabase db = new TestDatabase(folder)) {
            Actor admin = db.administrator();
            SampleData.load(db.services, admin);
            LocalDate today = LocalDate.now(db.clock);
            List<Renovation> all = db.services.renovation().lookup().all();

            Set<RenovationState> states = all.stream().map(Renovation::state).collect(Collectors.toSet());
            assertThat(states).containsAll(Set.of(RenovationState.APPLIED, RenovationState.SUBMITTED, RenovationState.APPROVED,
                    RenovationState.IN_PROGRESS, RenovationState.RECTIFYING, RenovationState.AWAITING_ACCEPTANCE,
                    RenovationState.ACCEPTED, RenovationState.REFUNDED, RenovationState.REJECTED, RenovationState.STOPPED));

            Renovation rectifying = only(all, RenovationState.RECTIFYING);
            assertThat(db.services.renovation().lookup().notices(rectifying.id())).anySatisfy(notice ->
                    assertThat(notice.overdue(today)).isTrue());
            Renovation refunded = only(all, RenovationState.REFUNDED);
            DepositLedger ledger = db.services.renovation().lookup().deposit(refunded);
            assertThat(ledger.deducted()).isEqualTo(Money.of("300.00"));
            assertThat(ledger.refunded()).isEqualTo(Money.of("1700.00"));
            assertThat(ledger.held()).isEqualTo(Money.ZERO);
            assertThat(db.services.renovation().lookup().unpaid(only(all, RenovationState.APPROVED))).isNotEmpty();

            DueRenovations due = db.services.renovation().lookup().due();
            assertThat(due.overdueNotices()).isNotEmpty();
            assertThat(due.expiringThisWeek()).extracting(Renovation::room).contains("4-2-702");
            assertThat(due.overrun()).extracting(Renovation::room).contains("3-1-901");

            Set<String> permitWorkers = all.stream()
                    .flatMap(permit -> db.services.renovation().lookup().workers(permit.id()).stream())
                    .map(Worker::passNumber).collect(Collectors.toSet());
            List<Pass> workerPasses = db.services.keys().register().all(admin).stream()
                    .filter(pass -> pass.typeCode().equals("WORKER")).toList();
            assertThat(workerPasses).extracting(Pass::number).as("every worker pass is a permit's")
                    .containsExactlyInAnyOrderElementsOf(permitWorkers);
            assertThat(db.services.renovation().lookup().workers(only(all, RenovationState.IN_PROGRESS).id())).hasSize(2);
            assertThat(workerPasses).filteredOn(pass -> pass.status(today) == PassStatus.ENDED).isNotEmpty();
            assertThat(workerPasses).filteredOn(pass -> pass.status(today) == PassStatus.VALID).isNotEmpty();

            SampleData.load(db.services, admin);
            assertThat(db.services.renovation().lookup().all()).hasSize(all.size());
        }
    }

    private static Renovation only(List<Renovation> all, RenovationState state) {
        return all.stream().filter(renovation -> renovation.state() == state).findFirst().orElseThrow();
    }
}
