package org.sitedesk.app.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitedesk.app.Services;
import org.sitedesk.archive.ArchiveDocument;
import org.sitedesk.archive.Box;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.Person;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.Unit;
import org.sitedesk.fees.OpenCharge;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.fees.PaymentRequest;
import org.sitedesk.renovation.AcceptanceLine;
import org.sitedesk.renovation.ApplicantKind;
import org.sitedesk.renovation.ApplicationDraft;
import org.sitedesk.renovation.Deduction;
import org.sitedesk.renovation.InspectionDraft;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.renovation.RenovationServices;
import org.sitedesk.renovation.WorkerDraft;

/**
 * The sample site's renovations, one in each state the list shows, each step replayed through the
 * services at its own time before now: an application not yet submitted (申请), one waiting for review
 * that the rules refuse for a missing structural design (待审核), one approved with its deposit and fees
 * unpaid (已批准), works under way with two workers and a permit ending this week (施工中), works with
 * a rectification notice past its deadline (整改中), works past their end waiting for acceptance
 * (待验收), works accepted with the deposit still held (已验收), a deposit refunded less one deduction
 * (已退押金), a rejected application (已驳回), and works stopped for a notice not complied with (已停工).
 * Every worker pass of the sample is a permit's, issued by the passes module under the permit's number.
 * The deposits and fees are paid at the counter on receipts of their own. Skipped when a renovation exists.
 */
final class SampleRenovations {
    private static final Set<String> DOCUMENTS = Set.of("产权证明", "身份证明", "装修方案", "施工单位资质");
    /** What works touching a prohibition (kitchens and bathrooms, balconies) need besides. */
    private static final Set<String> ALL_DOCUMENTS = Set.of("产权证明", "身份证明", "装修方案", "施工单位资质", "结构设计方案",
            "相关部门批准");
    /** Synthetic resident ID numbers with valid check characters (GB 11643), for the workers. */
    private static final List<String> WORKER_IDS = List.of("110105197803120036", "330106198507211517", "330102199001052722",
            "320502198211300451", "330183197510081336", "340104198806142012");

    private static final List<String> CONTACTS = List.of("项目经理 陈工 13967102231", "项目经理 李工 13588120417",
            "施工队长 王师傅 13857165520");

    private final Services services;
    private final Actor actor;
    private StepClock clock;
    private RenovationServices renovation;
    private Services stepped;
    private ZonedDateTime today;

    SampleRenovations(Services services, Actor actor) {
        this.services = services;
        this.actor = actor;
    }

    void load() {
        if (!services.renovation().lookup().all().isEmpty()) {
            return;
        }
        clock = new StepClock(services.core().clock());
        stepped = Services.wire(services.core().database(), clock, services.print().printers());
        renovation = stepped.renovation();
        Instant now = services.core().clock().instant();
        today = now.atZone(clock.getZone()).toLocalDate().atStartOfDay(clock.getZone());

        Renovation refunded = issued("1-2-601", "杭州匠心装饰工程有限公司", 92, 88, 30, List.of("墙面", "地面", "吊顶"));
        at(85, 10);
        worker(refunded, "周海涛", 0, "瓦工", "");
        at(80, 15);
        inspect(refunded, "楼道内堆放装修垃圾，未按时清运", Optional.of("两日内清运楼道垃圾，恢复楼道清洁"), 78);
        at(78, 16);
        rectified(refunded, "垃圾已清运");
        at(60, 9);
        renovation.checks().completed(actor, refunded.id());
        at(58, 10);
        accept(refunded);
        at(56, 15);
        renovation.refunds().refund(actor, refunded.id(), List.of(new Deduction("损坏楼道墙面", Money.of("300.00"))),
                PaymentMethod.CASH);

        Renovation accepted = issued("4-3-401", "杭州美家装饰有限公司", 52, 48, 28, List.of("墙面", "地面", "门窗"));
        at(47, 9);
        worker(accepted, "冯国庆", 1, "木工", "");
        at(18, 10);
        renovation.checks().completed(actor, accepted.id());
        at(16, 10);
        accept(accepted);

        Renovation waiting = issued("3-1-901", "浙江锦华建筑装饰有限公司", 40, 36, 33, List.of("墙面", "厨卫改造", "水电改造"));
        at(35, 9);
        worker(waiting, "何志明", 2, "电工", "T330102199001052722");
        at(2, 17);
        renovation.checks().completed(actor, waiting.id());

        Renovation stopped = issued("2-1-1101", "杭州速达装修队", 24, 20, 40, List.of("墙面", "阳台改造"));
        at(19, 9);
        worker(stopped, "钱文斌", 3, "瓦工", "");
        at(9, 14);
        inspect(stopped, "擅自拆除阳台与卧室之间的墙体", Optional.of("立即停止拆除，恢复墙体并提交结构安全鉴定"), 4);
        at(3, 10);
        renovation.checks().stopWork(actor, stopped.id(), "逾期未整改，业主暂停装修");

        Renovation rectifying = issued("2-2-302", "杭州安居装饰工程有限公司", 18, 15, 25, List.of("墙面", "地面", "水电改造"));
        at(14, 9);
        worker(rectifying, "吴建华", 4, "木工", "");
        at(4, 10);
        inspect(rectifying, "中午 12:30 电锤施工，邻居投诉噪声", Optional.of("严格遵守施工时间，午间 12:00–14:00 不得进行产生噪声的施工；"
                + "提交书面整改说明"), 1);

        Renovation underWay = issued("4-2-702", "杭州美家装饰有限公司", 12, 10, 15, List.of("墙面", "地面", "吊顶"));
        at(9, 9);
        worker(underWay, "赵德发", 5, "木工", "");
        worker(underWay, "孙立军", 0, "油漆工", "");
        at(3, 15);
        inspect(underWay, "现场整洁，按时施工，未见违规", Optional.empty(), 0);

        at(6, 10);
        Renovation rejected = apply("4-1-502", "个人装修队 王师傅", 3, 20, List.of("墙面", "拆除承重墙"), true);
        at(5, 16);
        renovation.applications().reject(actor, rejected.id(), "拆除承重墙须由原设计单位或具有相应资质的设计单位出具设计方案，申请人无法提供");

        at(4, 11);
        Renovation approved = apply("3-1-1601", "杭州美家装饰有限公司", 4, 30, List.of("墙面", "地面"), true);
        at(3, 10);
        renovation.applications().approve(actor, approved.id());

        at(2, 14);
        apply("1-1-803", "浙江锦华建筑装饰有限公司", 5, 45, List.of("墙面", "拆除承重墙", "厨卫改造"), true);
        at(0, 9);
        apply("1-2-1201", "杭州安居装饰工程有限公司", 7, 30, List.of("墙面", "地面"), false);

        at(0, 8);
        boxFiledPapers();
    }

    /** The approved applications' papers, filed into the unit's archive on approval, put in their building's renovation box. */
    private void boxFiledPapers() {
        List<Box> boxes = stepped.archive().shelves().boxes().stream().filter(box -> box.category().equals("装修档案")).toList();
        for (ArchiveDocument document : stepped.archive().lookup().documents(actor)) {
            if (document.box().isPresent() || !document.notes().startsWith("ZX-")) {
                continue;
            }
            boxes.stream().filter(box -> box.holds(document.room(), document.floorOrder())).findFirst()
                    .ifPresent(box -> stepped.archive().filing().moveToBox(actor, document.id(), Optional.of(box.id())));
        }
    }

    /** {@code daysAgo} days before today at {@code hour} o'clock. */
    private void at(int daysAgo, int hour) {
        clock.at(today.minusDays(daysAgo).plusHours(hour).toInstant());
    }

    /**
     * Applied {@code appliedDaysAgo} days ago to start two days later, approved the next day, paid and
     * issued {@code issuedDaysAgo} days ago; {@code lasting} days of works from the start.
     */
    private Renovation issued(String room, String contractor, int appliedDaysAgo, int issuedDaysAgo, int lasting,
            List<String> scope) {
        at(appliedDaysAgo, 10);
        Renovation applied = apply(room, contractor, appliedDaysAgo - issuedDaysAgo, lasting, scope, ALL_DOCUMENTS, true);
        at(appliedDaysAgo - 1, 15);
        Renovation approved = renovation.applications().approve(actor, applied.id());
        at(issuedDaysAgo, 9);
        Money owed = renovation.lookup().unpaid(approved).stream().map(OpenCharge::totalOpen).reduce(Money.ZERO, Money::plus);
        stepped.fees().payments().pay(actor, new PaymentRequest(approved.unitId(), owed, PaymentMethod.CASH, LocalDate.now(clock),
                approved.applicant(), "", "", approved.chargeIds()));
        at(issuedDaysAgo, 10);
        return renovation.permits().issue(actor, approved.id());
    }

    /** An application made now for works starting in {@code startsIn} days and lasting {@code lasting}. */
    private Renovation apply(String room, String contractor, int startsIn, int lasting, List<String> scope, boolean submit) {
        return apply(room, contractor, startsIn, lasting, scope, DOCUMENTS, submit);
    }

    private Renovation apply(String room, String contractor, int startsIn, int lasting, List<String> scope, Set<String> documents,
            boolean submit) {
        Unit unit = unit(room);
        Person owner = services.estate().households().card(unit.id()).currentOwners().get(0);
        LocalDate from = LocalDate.now(clock).plusDays(startsIn);
        return renovation.applications().apply(actor, new ApplicationDraft(unit.id(), owner.name(), ApplicantKind.OWNER,
                "", contractor, "D233" + room.replace("-", ""), CONTACTS.get(room.length() % CONTACTS.size()),
                from, from.plusDays(lasting), scope, documents), submit);
    }

    private void worker(Renovation permit, String name, int id, String trade, String certificate) {
        renovation.permits().addWorker(actor, permit.id(), new WorkerDraft(name, WORKER_IDS.get(id),
                "1390571" + String.format("%04d", 2100 + id * 7), trade, certificate));
    }

    private void inspect(Renovation permit, String findings, Optional<String> correction, int deadlineInDays) {
        LocalDate on = LocalDate.now(clock);
        renovation.checks().inspect(actor, permit.id(), new InspectionDraft(on, findings, List.of(), correction.isPresent(),
                correction, correction.map(any -> on.plusDays(deadlineInDays)), false));
    }

    private void rectified(Renovation permit, String findings) {
        renovation.checks().inspect(actor, permit.id(), new InspectionDraft(LocalDate.now(clock), findings, List.of(), false,
                Optional.empty(), Optional.empty(), true));
    }

    private void accept(Renovation permit) {
        renovation.checks().accept(actor, permit.id(), renovation.settings().load().checklistLines().stream()
                .map(line -> new AcceptanceLine(line, true)).toList(), null);
    }

    private Unit unit(String room) {
        return services.estate().units().unit(RoomCode.parse(room).orElseThrow())
                .orElseThrow(() -> new IllegalStateException("The sample estate has no unit " + room));
    }
}
