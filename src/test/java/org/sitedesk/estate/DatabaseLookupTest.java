package org.sitedesk.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitedesk.core.db.schema.Tables.HOUSEHOLD_PERSON;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.Progress;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.files.EstateFileReader;
import org.sitedesk.estate.files.Table;
import org.sitedesk.estate.files.TableReader;
import org.sitedesk.estate.search.SearchHit;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.TestDatabase;

/**
 * Issue "sitedesk find on a large estate": the command line looks up in the database and finds
 * exactly what the window's in-memory index finds, in the same order, on the sample estate.
 */
class DatabaseLookupTest {
    /** Room codes and their beginnings, names, initials, full pinyin, phone digits, ID tails, plates. */
    private static final List<String> QUERIES = List.of(
            "1-1-101", "1-1-10", "1-1", "11101", "1110", "11", "2-1-100", "p-b1", "PB1", "s-1-1", "o-1", "3-",
            "杨玉超", "欧阳", "司马宇", "玉", "徐", "尉迟恭",
            "yyc", "oyyh", "smy", "zs", "ycg", "mqy", "y", "x",
            "yangyuchao", "ouyang", "sima", "zhang", "yuchigong", "moqiying", "xu",
            "1805", "8057039554", "9554", "1360130",
            "1200", "374X", "374x", "6775", "206759", "786X",
            "浙A", "a12", "浙B9X", "B9X876", "沪C0");

    @TempDir
    Path folder;
    private TestDatabase db;
    private Actor admin;
    private HouseholdFinder finder;

    @BeforeEach
    void loadTheSampleEstate() throws IOException {
        db = new TestDatabase(folder);
        admin = db.administrator();
        List<Table> tables = new ArrayList<>();
        for (String name : List.of("units.csv", "owners.csv")) {
            try (InputStream in = DatabaseLookupTest.class.getResourceAsStream("/sample-data/" + name)) {
                tables.add(TableReader.read(name, in));
            }
        }
        EstateImportFiles files = EstateFileReader.read(tables, LocalDate.now(db.clock));
        db.services.estate().imports().run(admin, files, false, Progress.NONE);
        HouseholdService households = db.services.estate().households();
        long first = unit("1-1-101");
        long second = unit("2-1-1002");
        households.addPerson(admin, first, EstateFixture.owner("尉迟恭", EstateFixture.ZHANG_SAN_ID, "0571-87654321",
                LocalDate.of(2020, 1, 1)));
        households.addPerson(admin, second, EstateFixture.owner("万俟英", EstateFixture.LI_SI_ID, "", null));
        households.addVehicle(admin, first, "浙A·12345", "B1-001");
        households.addVehicle(admin, second, "浙B 9X876", "");
        households.endVehicle(admin, households.addVehicle(admin, unit("3-1-101"), "沪C00001", "").id());
        finder = db.services.estate().finder();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long unit(String room) {
        return db.services.estate().units().unit(RoomCode.parse(room).orElseThrow()).orElseThrow().id();
    }

    private List<SearchHit> inMemory(String query) {
        finder.reload();
        return finder.find(query, 1_000);
    }

    @Test
    void theImportAndTheHouseholdCardWriteEveryPersonsKeys() {
        assertThat(db.database.dsl().fetchCount(HOUSEHOLD_PERSON, HOUSEHOLD_PERSON.SEARCH_INITIALS.isNull())).isZero();
        assertThat(db.database.dsl().select(HOUSEHOLD_PERSON.SEARCH_INITIALS, HOUSEHOLD_PERSON.SEARCH_PINYIN,
                        HOUSEHOLD_PERSON.SEARCH_PHONE)
                .from(HOUSEHOLD_PERSON).where(HOUSEHOLD_PERSON.FULL_NAME.eq("尉迟恭")).fetchOne().intoArray())
                .containsExactly("|ycg|", "|yuchigong|", "057187654321");
    }

    @Test
    void theDatabaseLookupFindsWhatTheIndexFindsInTheSameOrder() {
        finder.reload();
        for (String query : QUERIES) {
            assertThat(finder.lookUp(query, 1_000)).as(query).isEqualTo(finder.find(query, 1_000));
        }
    }

    @Test
    void everyKindOfQueryFindsSomethingHereSoTheComparisonMeansSomething() {
        finder.reload();
        assertThat(QUERIES).filteredOn(query -> !query.startsWith("沪"))
                .allSatisfy(query -> assertThat(finder.find(query, 5)).as(query).isNotEmpty());
        assertThat(finder.lookUp("ycg", 5)).singleElement().satisfies(hit -> {
            assertThat(hit.room().toString()).isEqualTo("1-1-101");
            assertThat(hit.matched()).isEqualTo("尉迟恭");
        });
        assertThat(finder.lookUp("moqiying", 5)).extracting(hit -> hit.room().toString()).containsExactly("2-1-1002");
        assertThat(finder.lookUp("沪C0", 5)).as("a vehicle no longer there").isEmpty();
        assertThat(finder.lookUp("qqqq", 5)).isEmpty();
        assertThat(finder.lookUp(" ", 5)).isEmpty();
    }

    @Test
    void theOwnersListedWithTheHitsAreThoseOfTheirCards() {
        HouseholdService households = db.services.estate().households();
        List<Long> units = finder.lookUp("1-1", 50).stream().map(SearchHit::unitId).toList();

        var owners = households.currentOwners(units);

        assertThat(units).hasSizeGreaterThan(10).allSatisfy(unit ->
                assertThat(owners.getOrDefault(unit, List.of())).isEqualTo(households.card(unit).currentOwners()));
        assertThat(owners.get(unit("1-1-101"))).extracting(Person::name).contains("尉迟恭");
    }

    @Test
    void theLimitKeepsTheBestHits() {
        assertThat(finder.lookUp("1-1", 7)).isEqualTo(inMemory("1-1").subList(0, 7));
    }

    @Test
    void peopleWrittenBeforeTheKeysExistedAreFoundAfterTheyAreFilledIn() {
        db.database.dsl().update(HOUSEHOLD_PERSON)
                .setNull(HOUSEHOLD_PERSON.SEARCH_INITIALS)
                .setNull(HOUSEHOLD_PERSON.SEARCH_PINYIN)
                .setNull(HOUSEHOLD_PERSON.SEARCH_PHONE)
                .execute();

        for (String query : List.of("ycg", "yangyuchao", "8057039554", "欧阳")) {
            assertThat(finder.lookUp(query, 1_000)).as(query).isEqualTo(inMemory(query));
        }
        assertThat(db.database.dsl().fetchCount(HOUSEHOLD_PERSON, HOUSEHOLD_PERSON.SEARCH_INITIALS.isNull())).isZero();
    }

    @Test
    void aPersonWhoMovedOutIsNoLongerFound() {
        HouseholdService households = db.services.estate().households();
        Person gone = households.card(unit("1-1-101")).people().stream()
                .filter(person -> person.name().equals("尉迟恭")).findFirst().orElseThrow();
        households.endPerson(admin, gone.id(), gone.version(), LocalDate.now(db.clock));

        assertThat(finder.lookUp("ycg", 5)).isEmpty();
        assertThat(finder.lookUp("ycg", 5)).isEqualTo(inMemory("ycg"));
    }
}
