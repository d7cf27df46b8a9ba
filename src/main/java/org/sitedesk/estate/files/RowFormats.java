package org.sitedesk.estate.files;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitedesk.estate.OwnerRow;
import org.sitedesk.estate.UnitRow;

/** Units and owners as cells of the English-header import format, so an export imports back unchanged. */
public final class RowFormats {
    private RowFormats() {
    }

    public static List<String> unit(UnitRow unit) {
        return List.of(unit.room().toString(), unit.building(), unit.entrance(), unit.floor(), unit.type().englishWord(),
                unit.area().toPlainString(), date(unit.handover()));
    }

    public static List<String> owner(OwnerRow owner) {
        return List.of(owner.room().toString(), owner.name(), owner.idType().englishWord(), owner.idNumber(),
                owner.phone(), date(owner.since()));
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
