package org.sitedesk.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.PermissionDeniedException;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.TestDatabase;

/** The estate tree and the floor grid as the clerk reads them. */
class EstateServiceTest {
    @TempDir
    Path folder;
    private TestDatabase db;
    private EstateService estate;
    private Actor admin;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        estate = db.services.estate().units();
        admin = db.administrator();
        EstateFixture fixture = new EstateFixture(db);
        fixture.unit("10-1-101", "1", "88.00");
        fixture.unit("2-1-101", "1", "88.00");
        fixture.unit("2-2-1001", "10", "120.50");
        fixture.unit("2-2-901", "9", "120.50");
        fixture.unit("2-2-902", "9", "98.00");
        long owned = fixture.unit("2-2-1002", "10", "98.00");
        fixture.unit("P-B1-001", "B1", "12.50");
        fixture.owner(admin, owned, "张三", EstateFixture.ZHANG_SAN_ID, "13800138000", LocalDate.of(2015, 7, 1));
        fixture.owner(admin, owned, "李四", EstateFixture.LI_SI_ID, "13900139000", LocalDate.of(2015, 7, 1));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void buildingsAndEntrancesComeInTheOrderPeopleCount() {
        assertThat(estate.buildings()).extracting(Building::code).containsExactly("2", "10", "P");
        assertThat(estate.buildings().get(0).entrances()).containsExactly("1", "2");
        assertThat(estate.buildings().get(0).units()).isEqualTo(5);
    }

    @Test
    void theGridShowsTheTopFloorFirstWithOwnersNames() {
        List<UnitTile> tiles = estate.unitsOf("2", "2");

        assertThat(tiles).extracting(tile -> tile.room().toString())
                .containsExactly("2-2-1001", "2-2-1002", "2-2-901", "2-2-902");
        assertThat(tiles.get(1).ownerNames()).isEqualTo("张三、李四");
    }

    @Test
    void basementsSortBelowGround() {
        assertThat(FloorLabel.order("B2")).isLessThan(FloorLabel.order("B1"));
        assertThat(FloorLabel.order("B1")).isLessThan(FloorLabel.order("1"));
        assertThat(estate.unitsOf("P", "B1")).singleElement().extracting(UnitTile::floor).isEqualTo("B1");
    }

    @Test
    void occupancyAndNotesAreUpdatedAndAuditedByThoseAllowed() {
        Unit unit = estate.unit(RoomCode.parse("2-2-901").orElseThrow()).orElseThrow();
        Actor cashier = db.userWithRole("qian", Role.CASHIER);

        assertThatThrownBy(() -> estate.update(cashier, unit.id(), unit.version(), Occupancy.RENTED, ""))
                .isInstanceOf(PermissionDeniedException.class);
        Unit rented = estate.update(admin, unit.id(), unit.version(), Occupancy.RENTED, "租户自 2026-11");

        assertThat(rented.occupancy()).isEqualTo(Occupancy.RENTED);
        assertThat(rented.notes()).isEqualTo("租户自 2026-11");
        assertThatThrownBy(() -> estate.update(admin, unit.id(), unit.version(), Occupancy.VACANT, ""))
                .hasMessageContaining("error.household.changedMeanwhile");
    }

    @Test
    void roomCodesAreReadInTheirThreeParts() {
        assertThat(RoomCode.parse(" p-b1-001 ")).contains(new RoomCode("P", "B1", "001"));
        assertThat(RoomCode.parse("3-2-1502").orElseThrow().compact()).isEqualTo("321502");
        assertThat(RoomCode.parse("3-2")).isEmpty();
        assertThat(RoomCode.parse("3-2-15 02")).isEmpty();
        assertThat(new NaturalOrder().compare("3-2-901", "3-2-1001")).isNegative();
    }
}
