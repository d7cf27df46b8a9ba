package org.sitedesk.estate;

import static org.sitedesk.core.db.schema.Tables.ESTATE_UNIT;
import static org.sitedesk.core.db.schema.Tables.HOUSEHOLD_PERSON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.schema.tables.records.EstateUnitRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/** The estate as the clerk pictures it: buildings, entrances, floors, units. */
public final class EstateService {
    private final Transactions transactions;
    private final AuditLog audit;
    private final LongConsumer unitChanged;

    public EstateService(Transactions transactions, AuditLog audit, LongConsumer unitChanged) {
        this.transactions = transactions;
        this.audit = audit;
        this.unitChanged = unitChanged;
    }

    public List<Building> buildings() {
        return transactions.inTransaction(tx -> {
            Map<String, Map<String, Integer>> tree = new TreeMap<>(NaturalOrder.INSTANCE);
            tx.select(ESTATE_UNIT.BUILDING_CODE, ESTATE_UNIT.ENTRANCE_CODE, DSL.count())
                    .from(ESTATE_UNIT)
                    .groupBy(ESTATE_UNIT.BUILDING_CODE, ESTATE_UNIT.ENTRANCE_CODE)
                    .forEach(row -> tree.computeIfAbsent(row.value1(), code -> new TreeMap<>(NaturalOrder.INSTANCE))
                            .put(row.value2(), row.value3()));
            List<Building> buildings = new ArrayList<>();
            tree.forEach((code, entrances) -> buildings.add(new Building(code, List.copyOf(entrances.keySet()),
                    entrances.values().stream().mapToInt(Integer::intValue).sum())));
            return buildings;
        });
    }

    /** The units of one entrance with their current owners, top floor first, rooms in order. */
    public List<UnitTile> unitsOf(String building, String entrance) {
        return transactions.inTransaction(tx -> {
            Map<Long, String> owners = ownerNames(tx, ESTATE_UNIT.BUILDING_CODE.eq(building)
                    .and(ESTATE_UNIT.ENTRANCE_CODE.eq(entrance)));
            return tx.selectFrom(ESTATE_UNIT)
                    .where(ESTATE_UNIT.BUILDING_CODE.eq(building))
                    .and(ESTATE_UNIT.ENTRANCE_CODE.eq(entrance))
                    .fetch(row -> new UnitTile(row.getId(), room(row), row.getFloorLabel(), row.getFloorOrder(),
                            UnitType.valueOf(row.getUnitType()), Occupancy.valueOf(row.getOccupancy()),
                            owners.getOrDefault(row.getId(), "")))
                    .stream()
                    .sorted(Comparator.comparingInt(UnitTile::floorOrder).reversed()
                            .thenComparing(tile -> tile.room().room(), NaturalOrder.INSTANCE))
                    .toList();
        });
    }

    public Optional<Unit> unit(long unitId) {
        return transactions.inTransaction(tx -> tx.selectFrom(ESTATE_UNIT).where(ESTATE_UNIT.ID.eq(unitId))
                .fetchOptional().map(EstateService::toUnit));
    }

    public Optional<Unit> unit(RoomCode room) {
        return transactions.inTransaction(tx -> tx.selectFrom(ESTATE_UNIT).where(ESTATE_UNIT.ROOM_CODE.eq(room.toString()))
                .fetchOptional().map(EstateService::toUnit));
    }

    /** The current owners' names of every unit that has any, joined with 、 (for registers and notices). */
    public Map<Long, String> ownerNames() {
        return transactions.inTransaction(tx -> ownerNames(tx, DSL.noCondition()));
    }

    private static Map<Long, String> ownerNames(DSLContext tx, Condition units) {
        return tx.select(HOUSEHOLD_PERSON.UNIT_ID, HOUSEHOLD_PERSON.FULL_NAME)
                .from(HOUSEHOLD_PERSON)
                .join(ESTATE_UNIT).on(ESTATE_UNIT.ID.eq(HOUSEHOLD_PERSON.UNIT_ID))
                .where(units)
                .and(HOUSEHOLD_PERSON.PERSON_ROLE.eq(PersonRole.OWNER.name()))
                .and(HOUSEHOLD_PERSON.UNTIL_DATE.isNull())
                .orderBy(HOUSEHOLD_PERSON.ID)
                .fetchGroups(HOUSEHOLD_PERSON.UNIT_ID, HOUSEHOLD_PERSON.FULL_NAME)
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> String.join("、", entry.getValue())));
    }

    /**
     * Who owned one unit on a day, joined with 、: the owners whose ownership covers the day, else the
     * current owners (an owner's start is often recorded later than it was), else empty.
     */
    public String ownerNames(long unitId, LocalDate on) {
        return transactions.inTransaction(tx -> {
            Condition owners = HOUSEHOLD_PERSON.UNIT_ID.eq(unitId).and(HOUSEHOLD_PERSON.PERSON_ROLE.eq(PersonRole.OWNER.name()));
            List<String> then = tx.select(HOUSEHOLD_PERSON.FULL_NAME).from(HOUSEHOLD_PERSON).where(owners)
                    .and(HOUSEHOLD_PERSON.SINCE_DATE.isNull().or(HOUSEHOLD_PERSON.SINCE_DATE.le(on)))
                    .and(HOUSEHOLD_PERSON.UNTIL_DATE.isNull().or(HOUSEHOLD_PERSON.UNTIL_DATE.ge(on)))
                    // in the household card's order, so the receipt names them as the card does
                    .orderBy(HOUSEHOLD_PERSON.SINCE_DATE.asc().nullsLast(), HOUSEHOLD_PERSON.ID).fetch(HOUSEHOLD_PERSON.FULL_NAME);
            if (!then.isEmpty()) {
                return String.join("、", then);
            }
            return ownerNames(tx, ESTATE_UNIT.ID.eq(unitId)).getOrDefault(unitId, "");
        });
    }

    /** Every unit, in room order: what a billing run bills. */
    public List<Unit> allUnits() {
        return transactions.inTransaction(tx -> tx.selectFrom(ESTATE_UNIT).orderBy(ESTATE_UNIT.ROOM_CODE)
                .fetch(EstateService::toUnit));
    }

    public int unitCount() {
        return transactions.inTransaction(tx -> tx.fetchCount(ESTATE_UNIT));
    }

    /** Occupancy and notes: what the counter updates when a household moves in, rents out or renovates. */
    public Unit update(Actor actor, long unitId, int expectedVersion, Occupancy occupancy, String notes) {
        actor.require(Permission.EDIT_HOUSEHOLDS);
        Unit updated = transactions.inTransaction(tx -> {
            EstateUnitRecord row = tx.selectFrom(ESTATE_UNIT).where(ESTATE_UNIT.ID.eq(unitId)).forUpdate().fetchOptional()
                    .orElseThrow(() -> new UserFacingException("error.unit.notFound", unitId));
            if (row.getRowVersion() != expectedVersion) {
                throw new UserFacingException("error.household.changedMeanwhile");
            }
            String cleanNotes = notes == null ? "" : notes.trim();
            StringBuilder summary = new StringBuilder();
            if (!row.getOccupancy().equals(occupancy.name())) {
                summary.append("occupancy: ").append(row.getOccupancy()).append(" → ").append(occupancy.name());
            }
            if (!cleanNotes.equals(row.getNotes() == null ? "" : row.getNotes())) {
                summary.append(summary.length() > 0 ? "; " : "").append("notes: ").append(cleanNotes);
            }
            if (summary.length() == 0) {
                return toUnit(row);
            }
            row.setOccupancy(occupancy.name());
            row.setNotes(cleanNotes.isEmpty() ? null : cleanNotes);
            row.setRowVersion(row.getRowVersion() + 1);
            row.store();
            audit.record(tx, actor, EstateAuditAction.UNIT_CHANGED, row.getRoomCode(), summary.toString());
            return toUnit(row);
        });
        unitChanged.accept(unitId);
        return updated;
    }

    static RoomCode room(EstateUnitRecord row) {
        return new RoomCode(row.getBuildingCode(), row.getEntranceCode(),
                row.getRoomCode().substring(row.getRoomCode().lastIndexOf('-') + 1));
    }

    static Unit toUnit(EstateUnitRecord row) {
        return new Unit(row.getId(), room(row), row.getFloorLabel(), UnitType.valueOf(row.getUnitType()), row.getArea(),
                Optional.ofNullable(row.getHandoverDate()), Occupancy.valueOf(row.getOccupancy()),
                row.getNotes() == null ? "" : row.getNotes(), row.getRowVersion());
    }
}
