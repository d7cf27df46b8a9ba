package org.sitedesk.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.PermissionDeniedException;
import org.sitedesk.core.users.Role;
import org.sitedesk.fees.OpenCharge;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.RepairFixture;
import org.sitedesk.support.TestDatabase;

/** Requests across the board (DOMAIN.md "Repair service levels"): numbers, limits, moves, holds, paid repairs, visits, rework. */
class RequestLifecycleTest {
    private static final Messages CHINESE = new Messages(Language.CHINESE);

    @TempDir
    Path folder;
    private TestDatabase db;
    private RepairServices repair;
    private RepairFixture fixture;
    private Actor admin;
    private long unit;
    private long wang;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        repair = db.services.repair();
        fixture = new RepairFixture(db);
        admin = db.administrator();
        unit = new EstateFixture(db).unit("3-2-1502", "15", "89.75");
        wang = fixture.wang();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String refusal(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException refused) {
            return CHINESE.describe(refused);
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void aLoggedRequestGetsTheYearsNextNumberItsRoomAndTheLimitsOfItsPriority() {
        ServiceRequest first = fixture.log(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY));
        ServiceRequest second = fixture.log(RepairFixture.repairAt(unit, "LIFT", Priority.EMERGENCY));

        assertThat(first.number()).isEqualTo("BX-2026-000001");
        assertThat(second.number()).isEqualTo("BX-2026-000002");
        assertThat(first.location().name()).isEqualTo("3-2-1502");
        assertThat(first.state()).isEqualTo(RequestState.NEW);
        assertThat(first.categoryName()).isEqualTo("给排水");
        assertThat(first.arriveLimit()).isEqualTo(Duration.ofHours(2));
        assertThat(first.finishLimit()).isEqualTo(Duration.ofHours(24));
        // lifts have their own, tighter emergency arrival
        assertThat(second.arriveLimit()).isEqualTo(Duration.ofMinutes(15));
        assertThat(repair.lookup().history(first.id())).extracting(RequestEvent::to).containsExactly(RequestState.NEW);
    }

    @Test
    void anAppointmentsClocksStartAtTheAppointedTime() {
        LocalDateTime twoPm = LocalDateTime.of(2026, 11, 23, 14, 0);
        RequestDraft draft = RepairFixture.repairAt(unit, "DOORS", Priority.APPOINTMENT);
        ServiceRequest booked = fixture.log(new RequestDraft(draft.type(), draft.channel(), draft.location(), draft.reporter(),
                draft.phone(), draft.categoryCode(), draft.description(), Priority.APPOINTMENT, Optional.of(twoPm), false,
                Optional.empty()));

        assertThat(booked.clockStart()).isEqualTo(twoPm.atZone(db.clock.getZone()).toInstant());
        db.clock.advance(Duration.ofHours(5)); // 14:00
        assertThat(booked.arrivalClock().remaining(db.clock.instant())).isEqualTo(Duration.ofMinutes(30));
        assertThat(refusal(() -> fixture.log(RepairFixture.repairAt(unit, "DOORS", Priority.APPOINTMENT))))
                .isEqualTo("预约报修须填写预约时间。");
    }

    @Test
    void aComplaintMustBeAnsweredTheSameDay() {
        db.clock.advance(Duration.ofHours(13)); // 22:00
        ServiceRequest complaint = fixture.log(RepairFixture.complaintAt(unit));

        assertThat(complaint.arriveLimit()).isEqualTo(Duration.ofHours(2));
        ServiceRequest replied = repair.followUp().reply(admin, complaint.id(), "已安排保洁今晚清运");
        assertThat(replied.arrivalClock().metInTime()).isTrue();
        assertThat(replied.reply()).isEqualTo("已安排保洁今晚清运");
        assertThat(replied.state()).isEqualTo(RequestState.NEW);
    }

    @Test
    void anEnquiryIsClosedByItsReply() {
        RequestDraft complaint = RepairFixture.complaintAt(unit);
        ServiceRequest enquiry = fixture.log(new RequestDraft(RequestType.ENQUIRY, Channel.PHONE, complaint.location(), "张三",
                "", "OTHER", "停车月卡怎么办理", Priority.ORDINARY, Optional.empty(), false, Optional.empty()));

        ServiceRequest answered = repair.followUp().reply(admin, enquiry.id(), "带行驶证到服务中心办理");

        assertThat(answered.state()).isEqualTo(RequestState.CLOSED);
        assertThat(refusal(() -> repair.moves().dispatch(admin, enquiry.id(), List.of(wang)))).contains("已经关闭");
    }

    @Test
    void dispatchNeedsAnEngineerAndTheBoardsOrderIsKept() {
        ServiceRequest logged = fixture.log(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY));
        long li = fixture.li();
        int auditBefore = db.auditRows();

        assertThat(refusal(() -> repair.moves().dispatch(admin, logged.id(), List.of()))).isEqualTo("派工前请至少指定一名维修人员。");
        assertThat(refusal(() -> repair.moves().arrive(admin, logged.id(), null))).contains("顺序");
        assertThat(db.auditRows()).isEqualTo(auditBefore);
        assertThat(repair.lookup().request(logged.id()).state()).isEqualTo(RequestState.NEW);

        ServiceRequest dispatched = repair.moves().dispatch(admin, logged.id(), List.of(wang, li));
        assertThat(dispatched.state()).isEqualTo(RequestState.DISPATCHED);
        assertThat(dispatched.engineerNames()).isEqualTo("李师傅、王师傅");
        assertThat(db.auditRows()).isEqualTo(auditBefore + 1);
        assertThat(db.services.repair().engineers().engineers()).filteredOn(engineer -> engineer.id() == wang)
                .extracting(Engineer::openWork).containsExactly(1);
    }

    @Test
    void arrivalAndCompletionStopTheClocksAtTheTimesRecorded() {
        ServiceRequest request = fixture.dispatched(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY), wang);
        db.clock.advance(Duration.ofMinutes(150));

        ServiceRequest arrived = repair.moves().arrive(admin, request.id(), db.clock.instant().minus(Duration.ofMinutes(40)));
        assertThat(arrived.arrivalClock().metInTime()).isTrue(); // on site after 110 of 120 minutes
        assertThat(refusal(() -> repair.moves().arrive(admin, request.id(), null))).isEqualTo("工单已经在这一栏。");

        db.clock.advance(Duration.ofHours(2));
        ServiceRequest done = repair.moves().complete(admin, request.id(), new Completion(null, "更换水龙头阀芯", "阀芯 1 个",
                Optional.of(new BigDecimal("0.5")), Optional.empty()));
        assertThat(done.state()).isEqualTo(RequestState.DONE);
        assertThat(done.finishClock().metInTime()).isTrue();
        assertThat(done.completion().orElseThrow().materials()).isEqualTo("阀芯 1 个");
        assertThat(refusal(() -> repair.moves().complete(admin, request.id(), new Completion(null, "", "", Optional.empty(),
                Optional.empty())))).contains("完成情况");
    }

    @Test
    void aTimeInTheFutureOrBeforeTheDispatchIsRefused() {
        ServiceRequest request = fixture.dispatched(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY), wang);

        assertThat(refusal(() -> repair.moves().arrive(admin, request.id(), db.clock.instant().plus(Duration.ofHours(1)))))
                .isEqualTo("时间不能晚于现在。");
        assertThat(refusal(() -> repair.moves().arrive(admin, request.id(), db.clock.instant().minus(Duration.ofHours(1)))))
                .startsWith("时间不能早于");
    }

    @Test
    void aPaidRepairPostsItsChargeToTheUnitsAccount() {
        RequestDraft draft = RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY);
        ServiceRequest paid = fixture.dispatched(new RequestDraft(draft.type(), draft.channel(), draft.location(),
                draft.reporter(), draft.phone(), draft.categoryCode(), "更换马桶进水阀", draft.priority(), Optional.empty(), true,
                Optional.empty()), wang);
        repair.moves().arrive(admin, paid.id(), null);

        assertThat(refusal(() -> repair.moves().complete(admin, paid.id(), new Completion(null, "更换进水阀", "进水阀 1 个",
                Optional.empty(), Optional.empty())))).isEqualTo("有偿维修须填写收费金额。");
        assertThat(db.services.fees().payments().account(unit, LocalDate.of(2026, 11, 23)).openCharges()).isEmpty();

        repair.moves().complete(admin, paid.id(), new Completion(null, "更换进水阀", "进水阀 1 个", Optional.empty(),
                Optional.of(Money.of("85.50"))));

        List<OpenCharge> open = db.services.fees().payments().account(unit, LocalDate.of(2026, 11, 23)).openCharges();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).itemName()).isEqualTo("有偿维修 " + paid.number());
        assertThat(open.get(0).principal()).isEqualTo(Money.of("85.50"));
    }

    @Test
    void aCoveredRepairTakesNoCharge() {
        ServiceRequest covered = fixture.dispatched(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY), wang);
        repair.moves().arrive(admin, covered.id(), null);

        assertThat(refusal(() -> repair.moves().complete(admin, covered.id(), new Completion(null, "修好", "", Optional.empty(),
                Optional.of(Money.of("10")))))).isEqualTo("这是无偿维修，不能收费。");
    }

    @Test
    void aHoldStopsBothClocksAndTheRequestComesBackWhereItWas() {
        ServiceRequest request = fixture.dispatched(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY), wang);
        repair.moves().arrive(admin, request.id(), null);
        db.clock.advance(Duration.ofHours(1));

        assertThat(refusal(() -> repair.moves().hold(admin, request.id(), " "))).isEqualTo("挂起须填写原因。");
        ServiceRequest held = repair.moves().hold(admin, request.id(), "等配件");
        assertThat(held.state()).isEqualTo(RequestState.ON_HOLD);
        assertThat(held.openHold()).map(Hold::reason).contains("等配件");
        db.clock.advance(Duration.ofDays(2));
        assertThat(held.finishClock().state(db.clock.instant())).isEqualTo(ClockState.ON_HOLD);
        assertThat(refusal(() -> repair.moves().arrive(admin, request.id(), null))).isEqualTo("挂起的工单请先恢复。");
        assertThat(refusal(() -> repair.moves().dispatch(admin, request.id(), List.of(wang)))).isEqualTo("挂起的工单请先恢复。");

        ServiceRequest resumed = repair.moves().move(admin, request.id(), RequestState.ON_SITE);
        assertThat(resumed.state()).isEqualTo(RequestState.ON_SITE);
        // one hour used of 24: the two days on hold did not count
        assertThat(resumed.finishClock().remaining(db.clock.instant())).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void nothingIsClosedWithoutAReturnVisitAndAnUnhappyOwnerGetsARework() {
        ServiceRequest request = fixture.dispatched(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY), wang);
        repair.moves().arrive(admin, request.id(), null);
        repair.moves().complete(admin, request.id(), new Completion(null, "更换阀芯", "", Optional.empty(), Optional.empty()));
        repair.moves().move(admin, request.id(), RequestState.RETURN_VISIT);

        assertThat(refusal(() -> repair.moves().close(admin, request.id()))).isEqualTo("没有回访记录，不能关闭。");

        Actor clerk = db.userWithRole("zhou", Role.CLERK);
        VisitOutcome outcome = repair.followUp().recordVisit(clerk, request.id(), new ReturnVisit(null, "", VisitWay.PHONE,
                Satisfaction.DISSATISFIED, "还是滴水"));

        assertThat(outcome.visited().state()).isEqualTo(RequestState.CLOSED);
        assertThat(outcome.visited().visit().orElseThrow().by()).isEqualTo(clerk.displayName());
        ServiceRequest rework = outcome.rework().orElseThrow();
        assertThat(rework.reworkOf()).contains(request.number());
        assertThat(rework.state()).isEqualTo(RequestState.NEW);
        assertThat(rework.location().name()).isEqualTo("3-2-1502");
    }

    @Test
    void aSatisfiedVisitClosesWithoutRework() {
        ServiceRequest request = fixture.dispatched(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY), wang);
        repair.moves().arrive(admin, request.id(), null);
        repair.moves().complete(admin, request.id(), new Completion(null, "更换阀芯", "", Optional.empty(), Optional.empty()));

        VisitOutcome outcome = repair.followUp().recordVisit(admin, request.id(), new ReturnVisit(null, "周敏", VisitWay.VISIT,
                Satisfaction.VERY_SATISFIED, ""));

        assertThat(outcome.rework()).isEmpty();
        assertThat(outcome.visited().state()).isEqualTo(RequestState.CLOSED);
        assertThat(refusal(() -> repair.followUp().recordVisit(admin, request.id(), new ReturnVisit(null, "", VisitWay.PHONE,
                Satisfaction.SATISFIED, "")))).isEqualTo("这张单已经回访过了。");
    }

    @Test
    void aNewFaultOnTheSameThingWithinTheWindowIsOfferedAsRework() {
        ServiceRequest request = fixture.dispatched(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY), wang);
        repair.moves().arrive(admin, request.id(), null);
        repair.moves().complete(admin, request.id(), new Completion(null, "更换阀芯", "", Optional.empty(), Optional.empty()));
        Location room = Location.unit(unit, "3-2-1502");

        db.clock.advance(Duration.ofDays(29));
        assertThat(repair.intake().reworkCandidate(room, "WATER")).map(ServiceRequest::number).contains(request.number());
        assertThat(repair.intake().reworkCandidate(room, "POWER")).isEmpty();
        db.clock.advance(Duration.ofDays(2));
        assertThat(repair.intake().reworkCandidate(room, "WATER")).isEmpty();
    }

    @Test
    void cancellingNeedsAReasonAndDoneWorkCannotBeCancelled() {
        ServiceRequest request = fixture.log(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY));

        assertThat(refusal(() -> repair.moves().cancel(admin, request.id(), ""))).isEqualTo("取消须填写原因。");
        ServiceRequest cancelled = repair.moves().cancel(admin, request.id(), "业主自行修好");
        assertThat(cancelled.state()).isEqualTo(RequestState.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("业主自行修好");
        assertThat(repair.lookup().board()).extracting(ServiceRequest::number).contains(request.number());
        db.clock.advance(Duration.ofDays(4));
        assertThat(repair.lookup().board()).extracting(ServiceRequest::number).doesNotContain(request.number());
    }

    @Test
    void aCashierCannotLogAndAClerkCannotDispatch() {
        Actor cashier = db.userWithRole("qian", Role.CASHIER);
        Actor clerk = db.userWithRole("zhou", Role.CLERK);
        ServiceRequest logged = db.services.repair().intake().log(clerk, RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY));

        assertThatThrownBy(() -> repair.intake().log(cashier, RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> repair.moves().dispatch(clerk, logged.id(), List.of(wang)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void badInputNamesTheField() {
        RequestDraft draft = RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY);

        assertThat(refusal(() -> fixture.log(new RequestDraft(draft.type(), draft.channel(), draft.location(), " ",
                draft.phone(), "WATER", "漏水", draft.priority(), Optional.empty(), false, Optional.empty()))))
                .contains("报事人");
        assertThat(refusal(() -> fixture.log(new RequestDraft(draft.type(), draft.channel(), draft.location(), "张三",
                "12345", "WATER", "漏水", draft.priority(), Optional.empty(), false, Optional.empty()))))
                .contains("12345");
        assertThat(refusal(() -> fixture.log(new RequestDraft(draft.type(), draft.channel(), draft.location(), "张三",
                "", "NOPE", "漏水", draft.priority(), Optional.empty(), false, Optional.empty()))))
                .contains("类别");
        assertThat(refusal(() -> fixture.log(new RequestDraft(draft.type(), draft.channel(), draft.location(), "张三",
                "", "WATER", "  ", draft.priority(), Optional.empty(), false, Optional.empty()))))
                .contains("描述");
        assertThat(repair.lookup().all()).isEmpty();
    }

    @Test
    void doneWorkIsVisitedWithinTheSetDays() {
        ServiceRequest request = fixture.dispatched(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY), wang);
        repair.moves().arrive(admin, request.id(), null);
        ServiceRequest done = repair.moves().complete(admin, request.id(), new Completion(null, "更换阀芯", "", Optional.empty(),
                Optional.empty()));
        Duration within = Duration.ofDays(db.services.repair().settings().load().returnVisitDays());

        assertThat(within).isEqualTo(Duration.ofDays(3));
        assertThat(request.visitClock(within)).as("not done yet").isEmpty();
        db.clock.advance(Duration.ofDays(3).plusMinutes(1));
        assertThat(done.visitClock(within).orElseThrow().state(db.clock.instant())).isEqualTo(ClockState.OVERDUE);

        ServiceRequest visited = repair.followUp().recordVisit(admin, request.id(), new ReturnVisit(null, "", VisitWay.PHONE,
                Satisfaction.SATISFIED, "")).visited();
        assertThat(visited.visitClock(within).orElseThrow().metInTime()).isFalse();
    }

    @Test
    void dispatchedWorkCanBeGivenToOtherEngineers() {
        ServiceRequest request = fixture.dispatched(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY), wang);
        long li = fixture.li();

        ServiceRequest reassigned = repair.moves().dispatch(admin, request.id(), List.of(li));

        assertThat(reassigned.state()).isEqualTo(RequestState.DISPATCHED);
        assertThat(reassigned.engineerNames()).isEqualTo("李师傅");
        assertThat(reassigned.dispatchedAt()).isEqualTo(request.dispatchedAt());
        assertThat(repair.lookup().history(request.id())).extracting(RequestEvent::note).last().isEqualTo("engineers: 李师傅");
    }
}
