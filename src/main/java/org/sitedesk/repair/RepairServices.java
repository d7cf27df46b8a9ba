package org.sitedesk.repair;

import org.sitedesk.core.CoreServices;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.estate.EstateService;
import org.sitedesk.fees.BillingService;

/**
 * The repair module's services, split by use case: logging requests ({@code intake}), reading them
 * ({@code lookup}), moving them across the board ({@code moves}), replies and return visits
 * ({@code followUp}); the team, the service levels and the month's figures and complaints.
 */
public record RepairServices(
        RepairSettingsService settings,
        EngineerService engineers,
        RequestIntake intake,
        RequestLookup lookup,
        BoardMoves moves,
        RequestFollowUp followUp,
        ComplaintLedger complaints,
        ServiceFigures figures) {

    public static RepairServices wire(CoreServices core, EstateService units, BillingService billing) {
        Transactions transactions = core.transactions();
        RepairSettingsService settings = new RepairSettingsService(transactions, core.audit());
        RequestStore store = new RequestStore(transactions, core.audit(), core.clock());
        return new RepairServices(
                settings,
                new EngineerService(transactions, core.audit()),
                new RequestIntake(transactions, core.audit(), core.clock(), store, settings, units),
                new RequestLookup(transactions, core.clock()),
                new BoardMoves(transactions, core.audit(), core.clock(), store, billing),
                new RequestFollowUp(transactions, core.audit(), core.clock(), store),
                new ComplaintLedger(transactions, core.clock()),
                new ServiceFigures(transactions, core.clock()));
    }
}
