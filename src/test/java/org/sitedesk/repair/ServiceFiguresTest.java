package org.sitedesk.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.PermissionDeniedException;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.RepairFixture;
import org.sitedesk.support.ServiceMonthFixture;
import org.sitedesk.support.TestDatabase;

/**
 * 服务统计 counted by hand from {@link ServiceMonthFixture}: each row reads
 * "name requests | arrival completion rework visits satisfaction same-day" as count/of.
 */
class ServiceFiguresTest {
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @TempDir
    Path folder;
    private TestDatabase db;
    private ServiceFigures figures;
    private Actor clerk;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        figures = db.services.repair().figures();
        clerk = db.userWithRole("zhou", Role.CLERK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String line(FigureRow row) {
        return row.name() + " " + row.requests() + " |" + rate(row.onTimeArrival()) + rate(row.onTimeCompletion())
                + rate(row.rework()) + rate(row.returnVisits()) + rate(row.satisfaction()) + rate(row.sameDayReplies());
    }

    private static String rate(Rate rate) {
        return " " + rate.count() + "/" + rate.of();
    }

    @Test
    void theMonthPerEngineerPerCategoryAndForTheEstate() {
        new ServiceMonthFixture(db).build();

        MonthFigures month = figures.month(clerk, NOVEMBER);

        // r3 never arrived and c1 was answered the next day: misses; r5, c2's completion and c3 still run: no result yet
        assertThat(line(month.estate())).isEqualTo(" 8 | 3/6 3/5 1/3 3/4 2/3 1/2");
        // r1's rework (done by 李师傅) counts against 王师傅, who did r1
        assertThat(month.engineers()).extracting(ServiceFiguresTest::line).containsExactly(
                "李师傅 3 | 1/3 2/3 0/2 2/3 2/2 0/1",
                "王师傅 3 | 1/2 1/2 1/1 1/1 0/1 0/0");
        assertThat(month.categories()).extracting(ServiceFiguresTest::line).containsExactly(
                "给排水 2 | 2/2 2/2 1/2 1/2 0/1 0/0",
                "电气照明 1 | 0/1 1/1 0/1 1/1 1/1 0/0",
                "门窗 2 | 0/1 0/1 0/0 0/0 0/0 0/0",
                "保洁 2 | 0/1 0/1 0/0 1/1 1/1 0/1",
                "安全秩序 1 | 1/1 0/0 0/0 0/0 0/0 1/1");
    }

    @Test
    void ratesHaveOneDecimalAndNothingToDivideByHasNone() {
        new ServiceMonthFixture(db).build();

        MonthFigures month = figures.month(clerk, NOVEMBER);

        assertThat(month.estate().onTimeCompletion().percent()).contains(new BigDecimal("60.0"));
        assertThat(month.estate().rework().percent()).contains(new BigDecimal("33.3"));
        assertThat(month.estate().satisfaction().percent()).contains(new BigDecimal("66.7"));
        FigureRow wang = month.engineers().get(1);
        assertThat(wang.sameDayReplies().percent()).isEmpty();
    }

    @Test
    void reworkAboveAndSatisfactionBelowTheirTargetsAreMisses() {
        new ServiceMonthFixture(db).build();

        MonthFigures month = figures.month(clerk, NOVEMBER);
        FigureRow li = month.engineers().get(0);
        FigureRow wang = month.engineers().get(1);
        FigureRow doors = month.categories().get(2);

        assertThat(month.targets()).isEqualTo(new ServiceTargets(1, 80));
        assertThat(month.reworkMissed(month.estate())).isTrue(); // 33.3 % > 1 %
        assertThat(month.satisfactionMissed(month.estate())).isTrue(); // 66.7 % < 80 %
        assertThat(month.reworkMissed(wang)).isTrue();
        assertThat(month.satisfactionMissed(wang)).isTrue();
        assertThat(month.reworkMissed(li)).isFalse();
        assertThat(month.satisfactionMissed(li)).isFalse();
        assertThat(month.reworkMissed(doors)).as("nothing to divide by misses nothing").isFalse();
        assertThat(month.satisfactionMissed(doors)).isFalse();
    }

    @Test
    void aMonthWithNoRequestsHasNoRowsAndNoRates() {
        new ServiceMonthFixture(db).build();

        MonthFigures october = figures.month(clerk, YearMonth.of(2026, 10));

        assertThat(october.engineers()).isEmpty();
        assertThat(october.categories()).isEmpty();
        assertThat(line(october.estate())).isEqualTo(" 0 | 0/0 0/0 0/0 0/0 0/0 0/0");
        assertThat(october.estate().onTimeArrival().percent()).isEmpty();
        assertThat(october.reworkMissed(october.estate())).isFalse();
        assertThat(october.satisfactionMissed(october.estate())).isFalse();
    }

    @Test
    void aRequestBelongsToTheMonthOfItsReportInTheSitesZone() {
        RepairFixture repairs = new RepairFixture(db);
        long unit = new org.sitedesk.support.EstateFixture(db).unit("3-2-1502", "15", "89.75");
        db.clock.advance(Duration.ofDays(7).plusHours(14).plusMinutes(59)); // Monday 30 November 23:59 in Shanghai
        repairs.log(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY));
        db.clock.advance(Duration.ofMinutes(1)); // 1 December 00:00, still 30 November in UTC
        repairs.log(RepairFixture.repairAt(unit, "POWER", Priority.ORDINARY));

        assertThat(figures.month(clerk, NOVEMBER).categories()).extracting(FigureRow::name).containsExactly("给排水");
        assertThat(figures.month(clerk, YearMonth.of(2026, 12)).categories()).extracting(FigureRow::name)
                .containsExactly("电气照明");
    }

    @Test
    void aReworkLoggedTheNextMonthCountsInTheMonthTheOriginalWasCompleted() {
        RepairFixture repairs = new RepairFixture(db);
        long unit = new org.sitedesk.support.EstateFixture(db).unit("3-2-1502", "15", "89.75");
        long wang = repairs.wang();
        Actor admin = db.administrator();
        RepairServices repair = db.services.repair();
        ServiceRequest original = repairs.dispatched(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY), wang);
        repair.moves().arrive(admin, original.id(), null);
        repair.moves().complete(admin, original.id(), new Completion(null, "更换阀芯", "", Optional.empty(), Optional.empty()));
        db.clock.advance(Duration.ofDays(9)); // 2 December
        repair.followUp().recordVisit(admin, original.id(), new ReturnVisit(null, "", VisitWay.PHONE, Satisfaction.VERY_DISSATISFIED,
                "还是漏"));

        MonthFigures november = figures.month(clerk, NOVEMBER);
        MonthFigures december = figures.month(clerk, YearMonth.of(2026, 12));

        assertThat(november.engineers()).extracting(ServiceFiguresTest::line)
                .containsExactly("王师傅 1 | 1/1 1/1 1/1 1/1 0/1 0/0");
        assertThat(line(december.estate())).as("the rework itself, reported in December, not yet on site")
                .isEqualTo(" 1 | 0/0 0/0 0/0 0/0 0/0 0/0");
    }

    @Test
    void cancelledReworksAndCancelledRequestsCountNowhere() {
        RepairFixture repairs = new RepairFixture(db);
        long unit = new org.sitedesk.support.EstateFixture(db).unit("3-2-1502", "15", "89.75");
        long wang = repairs.wang();
        Actor admin = db.administrator();
        RepairServices repair = db.services.repair();
        ServiceRequest original = repairs.dispatched(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY), wang);
        repair.moves().arrive(admin, original.id(), null);
        repair.moves().complete(admin, original.id(), new Completion(null, "更换阀芯", "", Optional.empty(), Optional.empty()));
        ServiceRequest rework = repair.followUp().recordVisit(admin, original.id(), new ReturnVisit(null, "", VisitWay.PHONE,
                Satisfaction.DISSATISFIED, "")).rework().orElseThrow();
        repair.moves().cancel(admin, rework.id(), "业主说是另一个水龙头");

        assertThat(line(figures.month(clerk, NOVEMBER).estate())).isEqualTo(" 1 | 1/1 1/1 0/1 1/1 0/1 0/0");
    }

    @Test
    void theDashboardsDayOverdueLoggedCompletedAndOpen() {
        ServiceMonthFixture month = new ServiceMonthFixture(db).build();

        RepairDay today = figures.today(clerk);

        assertThat(today.overdue()).singleElement().satisfies(overdue -> {
            assertThat(overdue.request().number()).isEqualTo(month.r3.number());
            assertThat(overdue.by()).as("49 hours since the report, 2 allowed to arrive").isEqualTo(Duration.ofHours(47));
        });
        assertThat(List.of(today.loggedToday(), today.completedToday(), today.open())).containsExactly(3, 0, 5);
    }

    @Test
    void aCashierSeesNoServiceFigures() {
        Actor cashier = db.userWithRole("qian", Role.CASHIER);

        assertThatThrownBy(() -> figures.month(cashier, NOVEMBER)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> figures.today(cashier)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> db.services.repair().complaints().month(cashier, NOVEMBER))
                .isInstanceOf(PermissionDeniedException.class);
    }
}
