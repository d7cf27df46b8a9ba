package org.sitedesk.app.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.repair.Priority;
import org.sitedesk.repair.RequestState;
import org.sitedesk.repair.ServiceRequest;
import org.sitedesk.repair.TimeLimit;
import org.sitedesk.support.TestDatabase;

/** The sample estate's board: requests in every state, a living clock, the site's 15-minute promise. */
class SampleRequestsTest {
    @TempDir
    Path folder;

    @Test
    void theSampleBoardHasRequestsInEveryStateAndLoadingItAgainAddsNothing() {
        try (TestDatabase db = new TestDatabase(folder)) {
            SampleData.load(db.services, db.administrator());
            List<ServiceRequest> requests = db.services.repair().lookup().all();
            Instant now = db.clock.instant();

            Set<RequestState> states = requests.stream().map(ServiceRequest::state).collect(Collectors.toSet());
            assertThat(states).isEqualTo(EnumSet.allOf(RequestState.class));
            assertThat(requests).hasSize(40); // 39 in the file and the rework a dissatisfied visit opened
            assertThat(requests).filteredOn(request -> request.reworkOf().isPresent()).singleElement()
                    .satisfies(rework -> assertThat(rework.state()).isEqualTo(RequestState.ON_SITE));
            assertThat(requests).filteredOn(request -> request.overdue(now)).isNotEmpty();
            assertThat(requests).filteredOn(request -> request.completion().flatMap(done -> done.charge()).isPresent())
                    .isNotEmpty();
            assertThat(db.services.repair().settings().load().limitFor(Priority.EMERGENCY, TimeLimit.ANY_CATEGORY).arrive())
                    .isEqualTo(Duration.ofMinutes(15));

            SampleData.load(db.services, db.administrator());
            assertThat(db.services.repair().lookup().all()).hasSize(40);
        }
    }
}
