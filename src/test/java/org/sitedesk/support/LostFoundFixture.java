package org.sitedesk.support;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.lostfound.FinderKind;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.FoundItemDraft;
import org.sitedesk.lostfound.LostFoundServices;
import org.sitedesk.lostfound.LostReport;
import org.sitedesk.lostfound.LostReportDraft;
import org.sitedesk.lostfound.ValueClass;

/**
 * Found items and lost reports for lost-and-found tests: a wallet with cash counted before a
 * witness, an umbrella, a key ring; and the clock moved to a day of the site's calendar.
 */
public final class LostFoundFixture {
    public static final String WALLET_PRIVATE = "内有张三的身份证、招商银行卡两张，夹层有一张全家福照片";

    private final TestDatabase db;
    private final Actor admin;

    public LostFoundFixture(TestDatabase db) {
        this.db = db;
        this.admin = db.administrator();
    }

    public LostFoundServices services() {
        return db.services.lostFound();
    }

    public static FoundItemDraft wallet(LocalDateTime foundAt) {
        return new FoundItemDraft("黑色皮革钱包", WALLET_PRIVATE, "WALLET", "3栋1单元大堂", foundAt, "王建军", "13900001111",
                FinderKind.STAFF, "前台保险柜", ValueClass.VALUABLE, Optional.of(Money.of("520.50")), "李秀英",
                Optional.empty());
    }

    public static FoundItemDraft umbrella(LocalDateTime foundAt) {
        return new FoundItemDraft("蓝色折叠雨伞", "伞柄缠着白色胶布", "OTHER", "南门岗亭", foundAt, "陈小红", "",
                FinderKind.RESIDENT, "前台储物柜", ValueClass.ORDINARY, Optional.empty(), "", Optional.empty());
    }

    public static FoundItemDraft cake(LocalDateTime foundAt) {
        return new FoundItemDraft("生日蛋糕一盒", "盒上写着“祝妈妈生日快乐”", "OTHER", "2栋电梯厅", foundAt, "赵保洁", "",
                FinderKind.STAFF, "前台冰箱", ValueClass.PERISHABLE, Optional.empty(), "", Optional.empty());
    }

    public FoundItem log(FoundItemDraft draft) {
        return services().intake().log(admin, draft);
    }

    /** A lost report of a wallet lost between two days. */
    public LostReport walletReport(LocalDate from, LocalDate to) {
        return services().reports().log(admin, new LostReportDraft("张三", "13800138000", "", "丢了一个黑色钱包，里面有身份证",
                "WALLET", "3栋附近", from, to));
    }

    /** Moves the clock forward to {@code local} in the site's zone. */
    public void clockTo(LocalDateTime local) {
        Duration ahead = Duration.between(db.clock.instant(), local.atZone(MutableClock.SITE_ZONE).toInstant());
        if (ahead.isNegative()) {
            throw new IllegalArgumentException("The test clock only moves forward: " + local);
        }
        db.clock.advance(ahead);
    }

    public static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }
}
