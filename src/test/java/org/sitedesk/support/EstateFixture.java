package org.sitedesk.support;

import static org.sitedesk.core.db.schema.Tables.ESTATE_UNIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
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

    public static PersonDraft owner(String name, String id, String phone, LocalDate since) {
        return new PersonDraft(PersonRole.OWNER, name, IdType.RESIDENT_ID, id, phone, Optional.empty(),
                Optional.ofNullable(since), "");
    }

    public void owner(Actor actor, long unit, String name, String id, String phone, LocalDate since) {
        db.services.estate().households().addPerson(actor, unit, owner(name, id, phone, since));
    }
}
