package org.sitedesk.estate.generate;

import java.util.List;
import org.sitedesk.estate.OwnerRow;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.UnitRow;

/** A generated estate: units, owners, and the plates of some households' cars. */
public record GeneratedEstate(List<UnitRow> units, List<OwnerRow> owners, List<Plate> plates) {
    /** A car plate belonging to a unit. */
    public record Plate(RoomCode room, String plate) {
    }
}
