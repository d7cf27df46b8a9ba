package org.sitedesk.support;

import java.util.List;
import java.util.Optional;
import org.sitedesk.core.users.Actor;
import org.sitedesk.repair.Channel;
import org.sitedesk.repair.EngineerDraft;
import org.sitedesk.repair.Location;
import org.sitedesk.repair.Priority;
import org.sitedesk.repair.RequestDraft;
import org.sitedesk.repair.RequestType;
import org.sitedesk.repair.ServiceRequest;

/** Engineers and requests for repair tests: 王师傅 (plumbing) and 李师傅 (electrics), requests at a unit or an area. */
public final class RepairFixture {
    private final TestDatabase db;
    private final Actor admin;

    public RepairFixture(TestDatabase db) {
        this.db = db;
        this.admin = db.administrator();
    }

    public long engineer(String name, String skills) {
        return db.services.repair().engineers().save(admin, Optional.empty(), new EngineerDraft(name, "13900001111", skills, true, true))
                .id();
    }

    public long wang() {
        return engineer("王师傅", "给排水 门窗");
    }

    public long li() {
        return engineer("李师傅", "电气照明 电梯");
    }

    public static RequestDraft repairAt(long unitId, String category, Priority priority) {
        return new RequestDraft(RequestType.REPAIR, Channel.PHONE, new Location(Optional.of(unitId), Optional.empty(), ""),
                "张三", "13800138000", category, "厨房水龙头漏水", priority, Optional.empty(), false, Optional.empty());
    }

    public static RequestDraft complaintAt(long unitId) {
        return new RequestDraft(RequestType.COMPLAINT, Channel.WALK_IN, new Location(Optional.of(unitId), Optional.empty(), ""),
                "张三", "13800138000", "CLEANING", "楼道垃圾两天没有清运", Priority.ORDINARY, Optional.empty(), false,
                Optional.empty());
    }

    public ServiceRequest log(RequestDraft draft) {
        return db.services.repair().intake().log(admin, draft);
    }

    public ServiceRequest dispatched(RequestDraft draft, long... engineers) {
        ServiceRequest logged = log(draft);
        List<Long> ids = java.util.Arrays.stream(engineers).boxed().toList();
        return db.services.repair().moves().dispatch(admin, logged.id(), ids);
    }
}
