package org.sitedesk.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.RepairFixture;
import org.sitedesk.support.ServiceMonthFixture;
import org.sitedesk.support.TestDatabase;

/** 投诉台账 of the month in {@link ServiceMonthFixture}: its three complaints, in the order they came in. */
class ComplaintLedgerTest {
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @TempDir
    Path folder;
    private TestDatabase db;
    private ComplaintLedger ledger;
    private Actor clerk;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        ledger = db.services.repair().complaints();
        clerk = db.userWithRole("zhou", Role.CLERK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyComplaintOfTheMonthWithItsReplyResultAndVisit() {
        ServiceMonthFixture month = new ServiceMonthFixture(db).build();

        List<ComplaintEntry> entries = ledger.month(clerk, NOVEMBER);

        assertThat(entries).extracting(ComplaintEntry::number)
                .containsExactly(month.c1.number(), month.c2.number(), month.c3.number());
        ComplaintEntry answeredLate = entries.get(0);
        assertThat(answeredLate.reportedAt()).isEqualTo(Instant.parse("2026-11-23T01:00:00Z"));
        assertThat(answeredLate.location()).isEqualTo("3-2-1502");
        assertThat(answeredLate.reporter()).isEqualTo("张三");
        assertThat(answeredLate.category()).isEqualTo("保洁");
        assertThat(answeredLate.description()).isEqualTo("楼道垃圾两天没有清运");
        assertThat(answeredLate.repliedAt()).contains(Instant.parse("2026-11-24T02:00:00Z"));
        assertThat(answeredLate.handling()).isEqualTo("已安排保洁当天清运，并增加巡查");
        assertThat(answeredLate.workDone()).contains("楼道垃圾已清运");
        assertThat(answeredLate.satisfaction()).contains(Satisfaction.VERY_SATISFIED);
        assertThat(answeredLate.sameDay()).as("answered the next day").isEqualTo(SameDayReply.NO);

        ComplaintEntry answeredToday = entries.get(1);
        assertThat(answeredToday.handling()).isEqualTo("已联系装修户，夜间停止施工");
        assertThat(answeredToday.workDone()).isEmpty();
        assertThat(answeredToday.state()).isEqualTo(RequestState.NEW);
        assertThat(answeredToday.satisfaction()).isEmpty();
        assertThat(answeredToday.sameDay()).isEqualTo(SameDayReply.YES);

        ComplaintEntry waiting = entries.get(2);
        assertThat(waiting.repliedAt()).isEmpty();
        assertThat(waiting.handling()).isEmpty();
        assertThat(waiting.sameDay()).as("its day still runs").isEqualTo(SameDayReply.PENDING);
    }

    @Test
    void anUnansweredComplaintMissesOnceItsDayIsOverAndCancelledOnesStayInTheLedger() {
        RepairFixture repairs = new RepairFixture(db);
        long unit = new org.sitedesk.support.EstateFixture(db).unit("3-2-1502", "15", "89.75");
        ServiceRequest unanswered = repairs.log(RepairFixture.complaintAt(unit));
        ServiceRequest withdrawn = repairs.log(RepairFixture.complaintAt(unit));
        db.services.repair().moves().cancel(db.administrator(), withdrawn.id(), "业主撤回");
        repairs.log(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY));
        db.clock.advance(java.time.Duration.ofHours(15)); // midnight

        List<ComplaintEntry> entries = ledger.month(clerk, NOVEMBER);

        assertThat(entries).extracting(ComplaintEntry::number).as("repairs are not in the ledger")
                .containsExactly(unanswered.number(), withdrawn.number());
        assertThat(entries.get(0).sameDay()).isEqualTo(SameDayReply.NO);
        assertThat(entries.get(1).state()).isEqualTo(RequestState.CANCELLED);
        assertThat(entries.get(1).workDone()).isEqualTo(Optional.empty());
    }

    @Test
    void aMonthWithoutComplaintsIsEmpty() {
        new ServiceMonthFixture(db).build();

        assertThat(ledger.month(clerk, YearMonth.of(2026, 10))).isEmpty();
    }
}
