package org.sitedesk.estate;

import java.util.function.LongConsumer;
import org.sitedesk.core.CoreServices;

/**
 * The estate's services: units, households, the search box's finder, import and export. A change to
 * a unit or a household refreshes the finder's entry for that unit.
 */
public record EstateServices(
        EstateService units,
        HouseholdService households,
        HouseholdFinder finder,
        EstateImport imports,
        EstateExport exports) {

    /** {@code transfers} is told of every ownership transfer inside its transaction (the archive listens). */
    public static EstateServices wire(CoreServices core, OwnershipTransferListener transfers) {
        HouseholdFinder finder = new HouseholdFinder(new HouseholdDirectory(core.transactions()));
        LongConsumer unitChanged = finder::refresh;
        return new EstateServices(
                new EstateService(core.transactions(), core.audit(), unitChanged),
                new HouseholdService(core.transactions(), core.audit(), core.clock(), unitChanged, transfers),
                finder,
                new EstateImport(core.transactions(), core.audit(), core.clock()),
                new EstateExport(core.transactions(), core.audit()));
    }
}
