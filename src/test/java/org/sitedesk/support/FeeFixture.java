package org.sitedesk.support;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Set;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.UnitType;
import org.sitedesk.fees.FeeBasis;
import org.sitedesk.fees.FeeItem;
import org.sitedesk.fees.FeeItemDraft;

/** The sample site's fee items (DOMAIN.md fees 2): residential 0.60/m², shops 1.00/m², parking 150 a space. */
public final class FeeFixture {
    public static final YearMonth FROM = YearMonth.of(2026, 1);

    private final TestDatabase db;
    private final Actor admin;

    public FeeFixture(TestDatabase db) {
        this.db = db;
        this.admin = db.administrator();
    }

    public FeeItem propertyFee() {
        return item("PROPERTY", "物业服务费", FeeBasis.AREA, "0.60", UnitType.RESIDENTIAL);
    }

    public FeeItem shopFee() {
        return item("SHOP", "商铺物业费", FeeBasis.AREA, "1.00", UnitType.SHOP);
    }

    public FeeItem parkingFee() {
        return item("PARKING", "车位管理费", FeeBasis.FIXED, "150", UnitType.PARKING);
    }

    public FeeItem item(String code, String name, FeeBasis basis, String rate, UnitType type) {
        return db.services.fees().items().create(admin, new FeeItemDraft(code, name, basis, new BigDecimal(rate), Set.of(type),
                FROM));
    }
}
