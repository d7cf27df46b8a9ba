package org.sitedesk.support;

import java.time.Duration;
import java.util.Optional;
import org.sitedesk.core.users.Actor;
import org.sitedesk.keys.Borrower;
import org.sitedesk.keys.Cabinet;
import org.sitedesk.keys.CabinetKey;
import org.sitedesk.keys.KeyOpens;
import org.sitedesk.keys.LoanDraft;
import org.sitedesk.keys.NewKey;

/** A key cabinet A with 40 hooks and keys put on it, as a supervisor sets them up. */
public final class KeysFixture {
    private final TestDatabase db;
    private final Actor admin;
    private Cabinet cabinet;

    public KeysFixture(TestDatabase db) {
        this.db = db;
        this.admin = db.administrator();
    }

    /** 前台钥匙柜, code A, 40 hooks: made once, then the same. */
    public Cabinet cabinet() {
        if (cabinet == null) {
            cabinet = db.services.keys().cabinets().addCabinet(admin, "A", "前台钥匙柜", "服务中心前台", 40);
        }
        return cabinet;
    }

    public CabinetKey unitKey(long unitId, String room, int hook, int copies) {
        return db.services.keys().cabinets().addKey(admin, new NewKey(KeyOpens.unit(unitId, room), cabinet().id(), hook,
                copies, false, ""));
    }

    public CabinetKey sealedKey(long unitId, String room, int hook) {
        return db.services.keys().cabinets().addKey(admin, new NewKey(KeyOpens.unit(unitId, room), cabinet().id(), hook,
                1, true, "业主备用钥匙"));
    }

    /** A key of a common area of the repair module's list (水泵房, …), the area added first. */
    public CabinetKey areaKey(String area, int hook) {
        long id = db.services.repair().settings().addCommonArea(admin, area).id();
        return db.services.keys().cabinets().addKey(admin, new NewKey(KeyOpens.area(id, area), cabinet().id(), hook, 2,
                false, ""));
    }

    /** 王师傅 of the engineering team, until five this afternoon (eight hours from the test clock's nine). */
    public LoanDraft toEngineer() {
        return new LoanDraft(Borrower.staff("王师傅", "13900139000"), "检修水管", db.clock.instant().plus(Duration.ofHours(8)));
    }

    public Optional<Cabinet> existing() {
        return Optional.ofNullable(cabinet);
    }
}
