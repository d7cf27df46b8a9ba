package org.sitedesk.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitedesk.core.db.schema.Tables.AUDIT_LOG;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.Progress;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.PermissionDeniedException;
import org.sitedesk.core.users.Role;
import org.sitedesk.estate.files.EstateFileReader;
import org.sitedesk.estate.files.FileProblem;
import org.sitedesk.estate.files.TableReader;
import org.sitedesk.estate.generate.EstateGenerator;
import org.sitedesk.support.TestDatabase;

/** Importing into a real database: all or nothing, idempotent, checked against what is there. */
class EstateImportTest {
    private static final String UNITS = "room,building,unit,floor,type,area,handover\n"
            + "3-2-1501,3,2,15,residential,120.00,2015-06-30\n"
            + "3-2-1502,3,2,15,residential,89.75,2015-06-30\n";
    private static final String OWNERS = "room,name,id_number,phone,since\n"
            + "3-2-1502,张三,11010519491231002X,13800138000,2015-07-01\n";

    @TempDir
    Path folder;
    private TestDatabase db;
    private Actor admin;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder.resolve("db"));
        admin = db.administrator();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private EstateImportFiles files(String... namesAndContents) throws Exception {
        List<org.sitedesk.estate.files.Table> tables = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            Path file = Files.writeString(folder.resolve(namesAndContents[i]), namesAndContents[i + 1], StandardCharsets.UTF_8);
            tables.add(TableReader.read(file));
        }
        return EstateFileReader.read(tables, LocalDate.of(2026, 11, 23));
    }

    private ImportOutcome run(EstateImportFiles files) {
        return db.services.estate().imports().run(admin, files, false, Progress.NONE);
    }

    @Test
    void unitsAndTheirOwnersAreImportedInOneGoAndAudited() throws Exception {
        ImportOutcome outcome = run(files("units.csv", UNITS, "owners.csv", OWNERS));

        assertThat(outcome).isEqualTo(new ImportOutcome(2, 0, 1, 0));
        Unit owned = db.services.estate().units().unit(RoomCode.parse("3-2-1502").orElseThrow()).orElseThrow();
        assertThat(owned.occupancy()).isEqualTo(Occupancy.OWNER_OCCUPIED);
        assertThat(owned.area()).isEqualByComparingTo("89.75");
        assertThat(db.services.estate().units().unit(RoomCode.parse("3-2-1501").orElseThrow()).orElseThrow().occupancy())
                .isEqualTo(Occupancy.VACANT);
        assertThat(db.services.estate().households().card(owned.id()).currentOwners()).extracting(Person::name).containsExactly("张三");
        assertThat(db.database.dsl().select(AUDIT_LOG.SUMMARY).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION_CODE.eq("UNITS_IMPORTED")).fetchOne(AUDIT_LOG.SUMMARY))
                .isEqualTo("added: 2; skipped: 0");
    }

    @Test
    void importingTheSameFilesAgainAddsNothingAndSaysWhatWasSkipped() throws Exception {
        run(files("units.csv", UNITS, "owners.csv", OWNERS));

        ImportOutcome again = run(files("units.csv", UNITS, "owners.csv", OWNERS));

        assertThat(again).isEqualTo(new ImportOutcome(0, 2, 0, 1));
        assertThat(db.services.estate().units().unitCount()).isEqualTo(2);
    }

    @Test
    void oneBadRowInAnyFileLeavesTheDatabaseExactlyAsItWas() throws Exception {
        int auditBefore = db.auditRows();
        EstateImportFiles files = files("units.csv", UNITS, "owners.csv", OWNERS + "3-2-1501,李四,110105194912310021,,\n");

        assertThatThrownBy(() -> run(files))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(FileProblem::line, FileProblem::column, FileProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 3, "error.id.checkDigit")));
        assertThat(db.services.estate().units().unitCount()).isZero();
        assertThat(db.auditRows()).isEqualTo(auditBefore);
    }

    @Test
    void theDatabaseIsCheckedTooAndEveryProblemIsListed() throws Exception {
        run(files("units.csv", UNITS));
        EstateImportFiles files = files("units2.csv", "room,building,unit,floor,type,area\n"
                        + "3-2-1502,3,2,15,residential,99.00\n"
                        + "3-2-1503,3,2,15,residential,99.00\n",
                "owners2.csv", "room,name,id_number\n9-9-909,王五,11010519491231002X\n");

        assertThatThrownBy(() -> run(files)).isInstanceOfSatisfying(ImportRefusedException.class,
                refused -> assertThat(refused.problems()).extracting(FileProblem::messageKey)
                        .containsExactly("import.owner.unknownRoom", "import.unit.existsDifferently"));
        assertThat(db.services.estate().units().unitCount()).isEqualTo(2);
    }

    @Test
    void aDryRunChecksEverythingAndWritesNothing() throws Exception {
        ImportOutcome planned = db.services.estate().imports().run(admin, files("units.csv", UNITS), true, Progress.NONE);

        assertThat(planned.unitsAdded()).isEqualTo(2);
        assertThat(db.services.estate().units().unitCount()).isZero();
    }

    @Test
    void onlyThoseWhoManageTheEstateMayImport() throws Exception {
        Actor clerk = db.userWithRole("xiao", Role.CLERK);
        EstateImportFiles files = files("units.csv", UNITS);

        assertThatThrownBy(() -> db.services.estate().imports().run(clerk, files, false, Progress.NONE))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void exportedFilesImportBackUnchangedAndExportingOwnersIsAudited() throws Exception {
        var estate = new EstateGenerator(3).generate(60);
        Path units = folder.resolve("gen-units.csv");
        Path owners = folder.resolve("gen-owners.xlsx");
        org.sitedesk.estate.files.TableWriter.write(units, org.sitedesk.estate.files.ImportKind.UNITS.englishHeader(),
                estate.units().stream().map(org.sitedesk.estate.files.RowFormats::unit).toList());
        org.sitedesk.estate.files.TableWriter.write(owners, org.sitedesk.estate.files.ImportKind.OWNERS.englishHeader(),
                estate.owners().stream().map(org.sitedesk.estate.files.RowFormats::owner).toList());
        run(EstateFileReader.read(List.of(TableReader.read(units), TableReader.read(owners)), LocalDate.of(2026, 11, 23)));

        Path unitsOut = folder.resolve("out-units.xlsx");
        Path ownersOut = folder.resolve("out-owners.csv");
        db.services.estate().exports().exportUnits(unitsOut);
        int exported = db.services.estate().exports().exportOwners(admin, ownersOut);

        EstateImportFiles back = EstateFileReader.read(List.of(TableReader.read(unitsOut), TableReader.read(ownersOut)),
                LocalDate.of(2026, 11, 23));
        assertThat(back.problems()).isEmpty();
        assertThat(back.units()).extracting(Lined::row).containsExactlyInAnyOrderElementsOf(estate.units());
        assertThat(back.owners()).extracting(Lined::row).containsExactlyInAnyOrderElementsOf(estate.owners());
        assertThat(exported).isEqualTo(estate.owners().size());
        assertThat(run(back)).isEqualTo(new ImportOutcome(0, estate.units().size(), 0, estate.owners().size()));
        assertThat(db.database.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION_CODE.eq("PERSONAL_DATA_EXPORTED"))).isEqualTo(1);
        Actor clerk = db.userWithRole("xiao", Role.CLERK);
        assertThatThrownBy(() -> db.services.estate().exports().exportOwners(clerk, ownersOut))
                .isInstanceOf(PermissionDeniedException.class);
    }
}
