package org.sitedesk.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sitedesk.archive.ArchiveAuditAction;
import org.sitedesk.core.audit.AuditAction;
import org.sitedesk.core.audit.CoreAuditAction;
import org.sitedesk.estate.EstateAuditAction;
import org.sitedesk.fees.FeeAuditAction;
import org.sitedesk.keys.KeyAuditAction;
import org.sitedesk.lostfound.LostFoundAuditAction;
import org.sitedesk.print.PrintAuditAction;
import org.sitedesk.renovation.RenovationAuditAction;
import org.sitedesk.repair.RepairAuditAction;

/** Every audited action of every module, so the audit screen can name each one. */
public final class KnownAuditActions {
    private KnownAuditActions() {
    }

    public static List<AuditAction> all() {
        List<AuditAction> actions = new ArrayList<>(List.of(CoreAuditAction.values()));
        actions.addAll(List.of(EstateAuditAction.values()));
        actions.addAll(List.of(PrintAuditAction.values()));
        actions.addAll(List.of(FeeAuditAction.values()));
        actions.addAll(List.of(RepairAuditAction.values()));
        actions.addAll(List.of(KeyAuditAction.values()));
        actions.addAll(List.of(ArchiveAuditAction.values()));
        actions.addAll(List.of(LostFoundAuditAction.values()));
        actions.addAll(List.of(RenovationAuditAction.values()));
        return Collections.unmodifiableList(actions);
    }
}
