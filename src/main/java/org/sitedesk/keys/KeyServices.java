package org.sitedesk.keys;

import org.sitedesk.core.CoreServices;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.HouseholdService;
import org.sitedesk.fees.OneOffCharges;
import org.sitedesk.repair.RepairSettingsService;

/**
 * Keys and passes, split by use case: the cabinet's setup, reads and lending, handovers at 交房; the
 * pass types, the counter's passes, the register, and the passes other features issue under their
 * own objects. Money goes through the fee module's one-off charges.
 */
public record KeyServices(
        CabinetSetup cabinets,
        KeyLookup lookup,
        KeyLending lending,
        KeyHandovers handovers,
        PassTypes passTypes,
        PassDesk passes,
        PassRegister register,
        PassesUnder passesUnder) {

    public static KeyServices wire(CoreServices core, EstateService units, HouseholdService households,
            RepairSettingsService areas, OneOffCharges charges) {
        Transactions transactions = core.transactions();
        KeyStore store = new KeyStore(core.audit(), core.clock());
        PassTypes types = new PassTypes(transactions, core.audit());
        return new KeyServices(
                new CabinetSetup(transactions, core.audit(), core.clock(), store, units, areas),
                new KeyLookup(transactions, core.clock()),
                new KeyLending(transactions, core.clock(), store),
                new KeyHandovers(transactions, core.audit(), core.clock(), store, units),
                types,
                new PassDesk(transactions, core.audit(), core.clock(), types, units, households, charges),
                new PassRegister(transactions, core.audit(), core.clock(), charges),
                new PassesUnder(transactions, core.audit(), core.clock(), types, units, charges));
    }
}
