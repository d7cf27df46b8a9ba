package org.sitedesk.estate;

import static org.sitedesk.core.db.schema.Tables.ESTATE_UNIT;
import static org.sitedesk.core.db.schema.Tables.HOUSEHOLD_PERSON;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.sitedesk.core.Progress;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.schema.tables.records.EstateUnitRecord;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.files.FileProblem;
import org.sitedesk.estate.search.SearchKeys;

/**
 * Writes checked import files into the database: every row is checked against the database first,
 * and a single problem anywhere refuses everything (one transaction). Rows already there with the
 * same content are skipped, so importing the same good file twice adds nothing.
 */
public final class EstateImport {
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public EstateImport(Transactions transactions, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks against the database and writes, unless {@code dryRun}. Throws
     * {@link ImportRefusedException} listing every problem; then nothing is written.
     */
    public ImportOutcome run(Actor actor, EstateImportFiles files, boolean dryRun, Progress progress) {
        actor.require(Permission.MANAGE_ESTATE);
        List<FileProblem> problems = new ArrayList<>(files.problems());
        return transactions.inTransaction(tx -> {
            Map<String, EstateUnitRecord> existing = new HashMap<>();
            tx.selectFrom(ESTATE_UNIT).forEach(row -> existing.put(row.getRoomCode(), row));
            progress.update(1, 4);
            List<Lined<UnitRow>> newUnits = new ArrayList<>();
            int unitsSkipped = 0;
            for (Lined<UnitRow> line : files.units()) {
                EstateUnitRecord there = existing.get(line.row().room().toString());
                if (there == null) {
                    newUnits.add(line);
                } else if (sameUnit(there, line.row())) {
                    unitsSkipped++;
                } else {
                    problems.add(new FileProblem(line.file(), line.line(), 1, "import.unit.existsDifferently",
                            line.row().room().toString()));
                }
            }
            Set<String> roomsAfter = new HashSet<>(existing.keySet());
            newUnits.forEach(line -> roomsAfter.add(line.row().room().toString()));
            Set<String> currentOwners = new HashSet<>();
            tx.select(ESTATE_UNIT.ROOM_CODE, HOUSEHOLD_PERSON.ID_NUMBER, HOUSEHOLD_PERSON.FULL_NAME)
                    .from(HOUSEHOLD_PERSON).join(ESTATE_UNIT).on(ESTATE_UNIT.ID.eq(HOUSEHOLD_PERSON.UNIT_ID))
                    .where(HOUSEHOLD_PERSON.PERSON_ROLE.eq(PersonRole.OWNER.name()))
                    .and(HOUSEHOLD_PERSON.UNTIL_DATE.isNull())
                    .forEach(row -> currentOwners.add(ownerKey(row.value1(), row.value2(), row.value3())));
            List<Lined<OwnerRow>> newOwners = new ArrayList<>();
            int ownersSkipped = 0;
            for (Lined<OwnerRow> line : files.owners()) {
                OwnerRow owner = line.row();
                if (!roomsAfter.contains(owner.room().toString())) {
                    problems.add(new FileProblem(line.file(), line.line(), 1, "import.owner.unknownRoom",
                            owner.room().toString()));
                } else if (currentOwners.contains(ownerKey(owner.room().toString(), owner.idNumber(), owner.name()))) {
                    ownersSkipped++;
                } else {
                    newOwners.add(line);
                }
            }
            progress.update(2, 4);
            if (!problems.isEmpty()) {
                throw new ImportRefusedException(problems);
            }
            ImportOutcome planned = new ImportOutcome(newUnits.size(), unitsSkipped, newOwners.size(), ownersSkipped);
            if (dryRun) {
                return planned;
            }
            insertUnits(tx, newUnits);
            progress.update(3, 4);
            insertOwners(tx, newOwners);
            progress.update(4, 4);
            if (planned.unitsAdded() + planned.unitsSkipped() > 0) {
                audit.record(tx, actor, EstateAuditAction.UNITS_IMPORTED, files.unitFiles(),
                        "added: " + planned.unitsAdded() + "; skipped: " + planned.unitsSkipped());
            }
            if (planned.ownersAdded() + planned.ownersSkipped() > 0) {
                audit.record(tx, actor, EstateAuditAction.OWNERS_IMPORTED, files.ownerFiles(),
                        "added: " + planned.ownersAdded() + "; skipped: " + planned.ownersSkipped());
            }
            return planned;
        });
    }

    /** One prepared statement, bound once per row: tens of thousands of rows in a second or two. */
    private void insertUnits(DSLContext tx, List<Lined<UnitRow>> units) {
        if (units.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        BatchBindStep batch = tx.batch(tx.insertInto(ESTATE_UNIT, ESTATE_UNIT.ROOM_CODE, ESTATE_UNIT.BUILDING_CODE,
                ESTATE_UNIT.ENTRANCE_CODE, ESTATE_UNIT.FLOOR_LABEL, ESTATE_UNIT.FLOOR_ORDER, ESTATE_UNIT.UNIT_TYPE,
                ESTATE_UNIT.AREA, ESTATE_UNIT.HANDOVER_DATE, ESTATE_UNIT.OCCUPANCY, ESTATE_UNIT.CREATED_AT,
                ESTATE_UNIT.ROW_VERSION).values((String) null, null, null, null, null, null, null, null, null, null, null));
        for (Lined<UnitRow> line : units) {
            UnitRow unit = line.row();
            batch = batch.bind(unit.room().toString(), unit.room().building(), unit.room().entrance(), unit.floor(),
                    FloorLabel.order(unit.floor()), unit.type().name(), unit.area(), unit.handover().orElse(null),
                    Occupancy.VACANT.name(), now, 0);
        }
        batch.execute();
    }

    private void insertOwners(DSLContext tx, List<Lined<OwnerRow>> owners) {
        if (owners.isEmpty()) {
            return;
        }
        Map<String, Long> unitIds = tx.select(ESTATE_UNIT.ROOM_CODE, ESTATE_UNIT.ID).from(ESTATE_UNIT)
                .fetchMap(ESTATE_UNIT.ROOM_CODE, ESTATE_UNIT.ID);
        OffsetDateTime now = OffsetDateTime.now(clock);
        BatchBindStep batch = tx.batch(tx.insertInto(HOUSEHOLD_PERSON, HOUSEHOLD_PERSON.UNIT_ID,
                HOUSEHOLD_PERSON.PERSON_ROLE, HOUSEHOLD_PERSON.FULL_NAME, HOUSEHOLD_PERSON.ID_TYPE,
                HOUSEHOLD_PERSON.ID_NUMBER, HOUSEHOLD_PERSON.PHONE, HOUSEHOLD_PERSON.SINCE_DATE,
                HOUSEHOLD_PERSON.CREATED_AT, HOUSEHOLD_PERSON.ROW_VERSION, HOUSEHOLD_PERSON.SEARCH_INITIALS,
                HOUSEHOLD_PERSON.SEARCH_PINYIN, HOUSEHOLD_PERSON.SEARCH_PHONE)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null));
        for (Lined<OwnerRow> line : owners) {
            OwnerRow owner = line.row();
            SearchKeys keys = SearchKeys.of(owner.name(), owner.phone());
            batch = batch.bind(unitIds.get(owner.room().toString()), PersonRole.OWNER.name(), owner.name(),
                    owner.idType().name(), owner.idNumber().isEmpty() ? null : owner.idNumber(),
                    owner.phone().isEmpty() ? null : owner.phone(), owner.since().orElse(null), now, 0,
                    keys.initials(), keys.pinyin(), keys.phoneDigits());
        }
        batch.execute();
        // a unit that gets its first owner from an import is taken to be lived in by them
        BatchBindStep occupied = tx.batch(tx.update(ESTATE_UNIT).set(ESTATE_UNIT.OCCUPANCY, Occupancy.OWNER_OCCUPIED.name())
                .where(ESTATE_UNIT.ID.eq((Long) null)).and(ESTATE_UNIT.OCCUPANCY.eq(Occupancy.VACANT.name())));
        Set<Long> units = new HashSet<>();
        for (Lined<OwnerRow> line : owners) {
            units.add(unitIds.get(line.row().room().toString()));
        }
        for (Long unitId : units) {
            occupied = occupied.bind(Occupancy.OWNER_OCCUPIED.name(), unitId, Occupancy.VACANT.name());
        }
        occupied.execute();
    }

    private static boolean sameUnit(EstateUnitRecord there, UnitRow row) {
        return there.getFloorLabel().equals(row.floor())
                && there.getUnitType().equals(row.type().name())
                && there.getArea().compareTo(row.area()) == 0
                && Objects.equals(there.getHandoverDate(), row.handover().orElse(null));
    }

    private static String ownerKey(String room, String idNumber, String name) {
        return room + "|" + (idNumber == null || idNumber.isEmpty() ? "name:" + name : idNumber.toUpperCase());
    }
}
