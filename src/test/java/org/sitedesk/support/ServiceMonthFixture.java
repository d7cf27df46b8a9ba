package org.sitedesk.support;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.sitedesk.core.users.Actor;
import org.sitedesk.repair.Channel;
import org.sitedesk.repair.Completion;
import org.sitedesk.repair.Location;
import org.sitedesk.repair.Priority;
import org.sitedesk.repair.RequestDraft;
import org.sitedesk.repair.RepairServices;
import org.sitedesk.repair.RequestType;
import org.sitedesk.repair.ReturnVisit;
import org.sitedesk.repair.Satisfaction;
import org.sitedesk.repair.ServiceRequest;
import org.sitedesk.repair.VisitWay;

/**
 * Three days of November 2026 on the board, from Monday the 23rd 09:00 to Wednesday the 25th
 * 10:00, with every clock result known by hand (limits: ordinary 2 h / 24 h, emergency 30 min /
 * 4 h, complaints answered by midnight):
 * <pre>
 * r1 ordinary water, 王师傅: on site 10:00 (in time), done 12:00 (in time); 不满意 at the visit → rework r4
 * r2 emergency power, 李师傅: on site 10:00 (late), done 12:00 (in time); 满意
 * r3 ordinary doors, 王师傅: never on site, overdue on both clocks now
 * r4 rework of r1 (water), 李师傅: logged 13:00, on site 14:00, done 15:00 (both in time), no visit yet
 * c1 complaint (cleaning), 李师傅: answered the next day at 10:00 (late), done 11:00 (late); 非常满意
 * r5 ordinary doors, 王师傅, logged the 25th 09:00: running in time, no result yet
 * c2 complaint (security), logged the 25th 09:00, answered 09:30 (same day); not dispatched
 * c3 complaint (cleaning), logged the 25th 09:00, not answered yet (the day still runs)
 * cancelled water repair and an answered enquiry: counted nowhere
 * </pre>
 */
public final class ServiceMonthFixture {
    public final long unit;
    public final long wang;
    public final long li;
    public ServiceRequest r1;
    public ServiceRequest r2;
    public ServiceRequest r3;
    public ServiceRequest r4;
    public ServiceRequest r5;
    public ServiceRequest c1;
    public ServiceRequest c2;
    public ServiceRequest c3;

    private final TestDatabase db;
    private final RepairFixture repairs;
    private final RepairServices repair;
    private final Actor admin;

    public ServiceMonthFixture(TestDatabase db) {
        this.db = db;
        this.repairs = new RepairFixture(db);
        this.repair = db.services.repair();
        this.admin = db.administrator();
        this.unit = new EstateFixture(db).unit("3-2-1502", "15", "89.75");
        this.wang = repairs.wang();
        this.li = repairs.li();
    }

    /** Plays the three days; the clock ends on Wednesday 2026-11-25 10:00. */
    public ServiceMonthFixture build() {
        r1 = repairs.dispatched(RepairFixture.repairAt(unit, "WATER", Priority.ORDINARY), wang);
        r2 = repairs.dispatched(repair("POWER", Priority.EMERGENCY, "客厅整屋跳闸"), li);
        r3 = repairs.dispatched(repair("DOORS", Priority.ORDINARY, "入户门锁芯卡住"), wang);
        c1 = repairs.dispatched(RepairFixture.complaintAt(unit), li);
        ServiceRequest cancelled = repairs.log(repair("WATER", Priority.ORDINARY, "阳台地漏堵塞"));
        repair.moves().cancel(admin, cancelled.id(), "业主自行疏通");
        ServiceRequest enquiry = repairs.log(new RequestDraft(RequestType.ENQUIRY, Channel.PHONE, here(), "张三", "", "OTHER",
                "停车月卡怎么办理", Priority.ORDINARY, Optional.empty(), false, Optional.empty()));
        repair.followUp().reply(admin, enquiry.id(), "带行驶证到服务中心办理");

        at(Duration.ofHours(1)); // Monday 10:00
        repair.moves().arrive(admin, r1.id(), null);
        repair.moves().arrive(admin, r2.id(), null);
        at(Duration.ofHours(2)); // 12:00
        r1 = repair.moves().complete(admin, r1.id(), done("更换水龙头阀芯"));
        r2 = repair.moves().complete(admin, r2.id(), done("更换漏电开关"));
        at(Duration.ofHours(1)); // 13:00
        r4 = repair.followUp().recordVisit(admin, r1.id(), visit(Satisfaction.DISSATISFIED, "还是滴水")).rework().orElseThrow();
        repair.followUp().recordVisit(admin, r2.id(), visit(Satisfaction.SATISFIED, ""));
        repair.moves().dispatch(admin, r4.id(), List.of(li));
        at(Duration.ofHours(1)); // 14:00
        repair.moves().arrive(admin, r4.id(), null);
        at(Duration.ofHours(1)); // 15:00
        repair.moves().complete(admin, r4.id(), done("更换整个水龙头"));

        at(Duration.ofHours(19)); // Tuesday 10:00
        repair.followUp().reply(admin, c1.id(), "已安排保洁当天清运，并增加巡查");
        repair.moves().arrive(admin, c1.id(), null);
        at(Duration.ofHours(1)); // 11:00
        repair.moves().complete(admin, c1.id(), done("楼道垃圾已清运"));
        at(Duration.ofHours(1)); // 12:00
        repair.followUp().recordVisit(admin, c1.id(), visit(Satisfaction.VERY_SATISFIED, "很快"));

        at(Duration.ofHours(21)); // Wednesday 09:00
        r5 = repairs.dispatched(repair("DOORS", Priority.ORDINARY, "卧室窗户关不严"), wang);
        c2 = repairs.log(complaint("SECURITY", "夜间装修噪音扰民"));
        c3 = repairs.log(complaint("CLEANING", "楼道堆放杂物无人清理"));
        at(Duration.ofMinutes(30)); // 09:30
        repair.followUp().reply(admin, c2.id(), "已联系装修户，夜间停止施工");
        at(Duration.ofMinutes(30)); // 10:00
        r1 = repair.lookup().request(r1.id());
        r2 = repair.lookup().request(r2.id());
        r3 = repair.lookup().request(r3.id());
        r4 = repair.lookup().request(r4.id());
        r5 = repair.lookup().request(r5.id());
        c1 = repair.lookup().request(c1.id());
        c2 = repair.lookup().request(c2.id());
        c3 = repair.lookup().request(c3.id());
        return this;
    }

    private void at(Duration later) {
        db.clock.advance(later);
    }

    private Location here() {
        return new Location(Optional.of(unit), Optional.empty(), "");
    }

    private RequestDraft repair(String category, Priority priority, String description) {
        return new RequestDraft(RequestType.REPAIR, Channel.PHONE, here(), "张三", "13800138000", category, description, priority,
                Optional.empty(), false, Optional.empty());
    }

    private RequestDraft complaint(String category, String description) {
        return new RequestDraft(RequestType.COMPLAINT, Channel.WALK_IN, here(), "李四", "13900139000", category, description,
                Priority.ORDINARY, Optional.empty(), false, Optional.empty());
    }

    private static Completion done(String work) {
        return new Completion(null, work, "", Optional.empty(), Optional.empty());
    }

    private static ReturnVisit visit(Satisfaction satisfaction, String comment) {
        return new ReturnVisit(null, "", VisitWay.PHONE, satisfaction, comment);
    }
}
