package org.sitedesk.support;

import static org.sitedesk.core.db.schema.Tables.ESTATE_UNIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jooq.BatchBindStep;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.FloorLabel;
import org.sitedesk.estate.IdType;
import org.sitedesk.estate.Occupancy;
import org.sitedesk.estate.PersonDraft;
import org.sitedesk.estate.PersonRole;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.UnitType;

/** Units and people put straight into a test database, so household tests need no import file. */
public final class EstateFixture {
    /** GB 11643 test vector: 1949-12-31, Beijing Xicheng. */
    public static final String ZHANG_SAN_ID = "11010519491231002X";
    public static final String LI_SI_ID = "440306200002291239";

    private final TestDatabase db;

    public EstateFixture(TestDatabase db) {
        this.db = db;
    }

    public long unit(String room, String floor, String area) {
        return unit(room, floor, area, UnitType.RESIDENTIAL, LocalDate.of(2015, 6, 30));
    }

    /** A unit of the given type; {@code handover} may be null (billed from the first run). */
    public long unit(String room, String floor, String area, UnitType type, LocalDate handover) {
        RoomCode code = RoomCode.parse(room).orElseThrow();
        return db.database.dsl().insertInto(ESTATE_UNIT)
                .set(ESTATE_UNIT.ROOM_CODE, code.toString())
                .set(ESTATE_UNIT.BUILDING_CODE, code.building())
                .set(ESTATE_UNIT.ENTRANCE_CODE, code.entrance())
                .set(ESTATE_UNIT.FLOOR_LABEL, floor)
                .set(ESTATE_UNIT.FLOOR_ORDER, FloorLabel.order(floor))
                .set(ESTATE_UNIT.UNIT_TYPE, type.name())
                .set(ESTATE_UNIT.AREA, new BigDecimal(area))
                .set(ESTATE_UNIT.HANDOVER_DATE, handover)
                .set(ESTATE_UNIT.OCCUPANCY, Occupancy.OWNER_OCCUPIED.name())
                .set(ESTATE_UNIT.CREATED_AT, OffsetDateTime.now(db.clock))
                .set(ESTATE_UNIT.ROW_VERSION, 0)
                .returning(ESTATE_UNIT.ID)
                .fetchOne()
                .getId();
    }

    /**
     * {@code count} homes in one batch, straight into the table (an import of thousands would take
     * longer than what a test means to check): rooms {@code 1-1-101}, {@code 1-1-102} … four a floor,
     * a hundred floors a building, 60–160 m², handed over in 2020. Returns every unit's id, oldest first.
     */
    public List<Long> homes(int count) {
        Random random = new Random(7);
        OffsetDateTime now = OffsetDateTime.now(db.clock);
        BatchBindStep batch = db.database.dsl().batch(db.database.dsl().insertInto(ESTATE_UNIT,
                ESTATE_UNIT.ROOM_CODE, ESTATE_UNIT.BUILDING_CODE, ESTATE_UNIT.ENTRANCE_CODE, ESTATE_UNIT.FLOOR_LABEL,
                ESTATE_UNIT.FLOOR_ORDER, ESTATE_UNIT.UNIT_TYPE, ESTATE_UNIT.AREA, ESTATE_UNIT.HANDOVER_DATE,
                ESTATE_UNIT.OCCUPANCY, ESTATE_UNIT.CREATED_AT, ESTATE_UNIT.ROW_VERSION)
                .values((String) null, null, null, null, null, null, null, null, null, null, null));
        for (int i = 0; i < count; i++) {
            int building = 1 + i / 400;
            int floor = 1 + (i % 400) / 4;
            String room = building + "-1-" + floor + String.format("%02d", 1 + i % 4);
            batch = batch.bind(room, Integer.toString(building), "1", Integer.toString(floor), floor,
                    UnitType.RESIDENTIAL.name(), BigDecimal.valueOf(6000 + random.nextInt(10000), 2), LocalDate.of(2020, 1, 1),
                    Occupancy.OWNER_OCCUPIED.name(), now, 0);
        }
        batch.execute();
        return db.database.dsl().select(ESTATE_UNIT.ID).from(ESTATE_UNIT).orderBy(ESTATE_UNIT.ID).fetch(ESTATE_UNIT.ID);
    }

    public static PersonDraft owner(String name, String id, String phone, LocalDate since) {
        return new PersonDraft(PersonRole.OWNER, name, IdType.RESIDENT_ID, id, phone, Optional.empty(),
                Optional.ofNullable(since), "");
    }

    public void owner(Actor actor, long unit, String name, String id, String phone, LocalDate since) {
        db.services.estate().households().addPerson(actor, unit, owner(name, id, phone, since));
    }
}
