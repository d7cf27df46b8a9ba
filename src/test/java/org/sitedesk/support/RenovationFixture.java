package org.sitedesk.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.fees.PaymentRequest;
import org.sitedesk.renovation.ApplicantKind;
import org.sitedesk.renovation.ApplicationDraft;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.renovation.RenovationServices;
import org.sitedesk.renovation.WorkerDraft;

/** Renovations for tests: an owner's application for 3-2-1502 by 华美装饰 over two weeks, approved, paid and issued on request. */
public final class RenovationFixture {
    public static final Set<String> BASIC_DOCUMENTS = Set.of("产权证明", "身份证明", "装修方案", "施工单位资质");

    private final TestDatabase db;
    private final Actor admin;

    public RenovationFixture(TestDatabase db) {
        this.db = db;
        this.admin = db.administrator();
    }

    public RenovationServices renovation() {
        return db.services.renovation();
    }

    public ApplicationDraft draft(long unit, List<String> scope, Set<String> documents) {
        LocalDate today = LocalDate.now(db.clock);
        return new ApplicationDraft(unit, "张三", ApplicantKind.OWNER, "13800138000", "华美装饰工程有限公司", "D211000001",
                "李经理", today.plusDays(1), today.plusDays(14), scope, documents);
    }

    public Renovation applied(long unit, List<String> scope, Set<String> documents) {
        return renovation().applications().apply(admin, draft(unit, scope, documents), true);
    }

    public Renovation approved(long unit) {
        Renovation applied = applied(unit, List.of("墙面", "地面"), BASIC_DOCUMENTS);
        return renovation().applications().approve(admin, applied.id());
    }

    /** Pays what the renovation owes at the counter, in cash. */
    public void pay(Renovation renovation) {
        Money owed = renovation().lookup().unpaid(renovation).stream().map(charge -> charge.totalOpen())
                .reduce(Money.ZERO, Money::plus);
        db.services.fees().payments().pay(admin, new PaymentRequest(renovation.unitId(), owed, PaymentMethod.CASH,
                LocalDate.now(db.clock), "张三", "", "", renovation.chargeIds()));
    }

    public Renovation issued(long unit) {
        Renovation approved = approved(unit);
        pay(approved);
        return renovation().permits().issue(admin, approved.id());
    }

    public static WorkerDraft worker(String name, String id) {
        return new WorkerDraft(name, id, "13900001111", "木工", "");
    }
}
