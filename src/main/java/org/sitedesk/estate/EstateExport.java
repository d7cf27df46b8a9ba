package org.sitedesk.estate;

import static org.sitedesk.core.db.schema.Tables.ESTATE_UNIT;
import static org.sitedesk.core.db.schema.Tables.HOUSEHOLD_PERSON;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.files.ImportKind;
import org.sitedesk.estate.files.RowFormats;
import org.sitedesk.estate.files.TableWriter;

/**
 * Exports the units and the current owners in the import formats, so a file exported here
 * imports back unchanged. Exporting owners is exporting personal data: allowed to some roles only
 * and written to the audit log (DOMAIN.md personal information 2, PIPL 55).
 */
public final class EstateExport {
    private final Transactions transactions;
    private final AuditLog audit;

    public EstateExport(Transactions transactions, AuditLog audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    public List<UnitRow> units() {
        return transactions.inTransaction(tx -> tx.selectFrom(ESTATE_UNIT).fetch(row -> new UnitRow(EstateService.room(row),
                row.getBuildingCode(), row.getEntranceCode(), row.getFloorLabel(), UnitType.valueOf(row.getUnitType()),
                row.getArea(), Optional.ofNullable(row.getHandoverDate())))
                .stream()
                .sorted(Comparator.comparing(unit -> unit.room().toString(), NaturalOrder.INSTANCE))
                .toList());
    }

    public int exportUnits(Path file) {
        List<UnitRow> units = units();
        write(file, ImportKind.UNITS, units.stream().map(RowFormats::unit).toList());
        return units.size();
    }

    public int exportOwners(Actor actor, Path file) {
        actor.require(Permission.EXPORT_PERSONAL_DATA);
        return transactions.inTransaction(tx -> {
            List<OwnerRow> owners = tx.select(ESTATE_UNIT.ROOM_CODE, HOUSEHOLD_PERSON.FULL_NAME, HOUSEHOLD_PERSON.ID_TYPE,
                            HOUSEHOLD_PERSON.ID_NUMBER, HOUSEHOLD_PERSON.PHONE, HOUSEHOLD_PERSON.SINCE_DATE)
                    .from(HOUSEHOLD_PERSON).join(ESTATE_UNIT).on(ESTATE_UNIT.ID.eq(HOUSEHOLD_PERSON.UNIT_ID))
                    .where(HOUSEHOLD_PERSON.PERSON_ROLE.eq(PersonRole.OWNER.name()))
                    .and(HOUSEHOLD_PERSON.UNTIL_DATE.isNull())
                    .orderBy(HOUSEHOLD_PERSON.ID)
                    .fetch(row -> new OwnerRow(RoomCode.parse(row.value1()).orElseThrow(), row.value2(),
                            IdType.valueOf(row.value3()), row.value4() == null ? "" : row.value4(),
                            row.value5() == null ? "" : row.value5(), Optional.ofNullable(row.value6())))
                    .stream()
                    .sorted(Comparator.comparing(owner -> owner.room().toString(), NaturalOrder.INSTANCE))
                    .toList();
            write(file, ImportKind.OWNERS, owners.stream().map(RowFormats::owner).toList());
            audit.record(tx, actor, EstateAuditAction.PERSONAL_DATA_EXPORTED, file.getFileName().toString(),
                    "owners: " + owners.size());
            return owners.size();
        });
    }

    private static void write(Path file, ImportKind kind, List<List<String>> rows) {
        try {
            TableWriter.write(file, kind.englishHeader(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
