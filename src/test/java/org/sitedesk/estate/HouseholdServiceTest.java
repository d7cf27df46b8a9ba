package org.sitedesk.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitedesk.core.db.schema.Tables.AUDIT_LOG;
import static org.sitedesk.support.EstateFixture.LI_SI_ID;
import static org.sitedesk.support.EstateFixture.ZHANG_SAN_ID;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.PermissionDeniedException;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.TestDatabase;

/** The household card on a real H2 file: masking, audited reveals, members, owner changes. */
class HouseholdServiceTest {
    @TempDir
    Path folder;
    private TestDatabase db;
    private HouseholdService households;
    private Actor admin;
    private long unit;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        households = db.services.estate().households();
        admin = db.administrator();
        EstateFixture estate = new EstateFixture(db);
        unit = estate.unit("3-2-1502", "15", "89.75");
        estate.owner(admin, unit, "张三", ZHANG_SAN_ID, "13800138000", LocalDate.of(2015, 7, 1));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theCardShowsIdNumbersAndPhonesMasked() {
        // DOMAIN.md personal information 2: 110105********002X, never the full number by default
        Person owner = households.card(unit).currentOwners().get(0);

        assertThat(owner.name()).isEqualTo("张三");
        assertThat(owner.maskedIdNumber()).isEqualTo("110105********002X");
        assertThat(owner.maskedPhone()).isEqualTo("138****8000");
    }

    @Test
    void revealingIsForRolesThatNeedItAndEveryRevealIsAudited() {
        Person owner = households.card(unit).currentOwners().get(0);
        Actor clerk = db.userWithRole("xiao", Role.CLERK);
        Actor archivist = db.userWithRole("dang", Role.ARCHIVIST);

        assertThatThrownBy(() -> households.reveal(clerk, owner.id())).isInstanceOf(PermissionDeniedException.class);
        RevealedPerson clear = households.reveal(archivist, owner.id());

        assertThat(clear).isEqualTo(new RevealedPerson(ZHANG_SAN_ID, "13800138000"));
        var row = db.database.dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTION_CODE.eq("PERSONAL_DATA_VIEWED")).fetchOne();
        assertThat(row.getActor()).isEqualTo("dang");
        assertThat(row.getEntityId()).isEqualTo("3-2-1502");
        assertThat(row.getSummary()).isEqualTo("name: 张三").doesNotContain(ZHANG_SAN_ID);
    }

    @Test
    void aWrongIdNumberOrPhoneIsRefusedNamingWhatIsWrong() {
        PersonDraft badId = EstateFixture.owner("李四", "110105194912310021", "13900139000", null);
        PersonDraft badBirth = EstateFixture.owner("李四", "11010519490231002X", "13900139000", null);
        PersonDraft badPhone = EstateFixture.owner("李四", LI_SI_ID, "1390013900", null);

        assertThatThrownBy(() -> households.addPerson(admin, unit, badId)).hasMessageContaining("error.id.checkDigit");
        assertThatThrownBy(() -> households.addPerson(admin, unit, badBirth)).hasMessageContaining("error.id.birthDate");
        assertThatThrownBy(() -> households.addPerson(admin, unit, badPhone)).hasMessageContaining("error.person.phoneForm");
        assertThat(households.card(unit).people()).hasSize(1);
    }

    @Test
    void aPassportIsAcceptedWithoutTheResidentIdCheck() {
        PersonDraft tenant = new PersonDraft(PersonRole.TENANT, "John Smith", IdType.PASSPORT, "E12345678",
                "0571-87654321", Optional.empty(), Optional.empty(), "");

        Person added = households.addPerson(admin, unit, tenant);

        assertThat(added.maskedIdNumber()).isEqualTo("*****5678");
        assertThat(added.maskedPhone()).isEqualTo("0571-****4321");
    }

    @Test
    void aMemberWhoMovesOutStaysInTheHistory() {
        Person son = households.addPerson(admin, unit, new PersonDraft(PersonRole.FAMILY, "张小明", IdType.RESIDENT_ID,
                "", "", Optional.empty(), Optional.of(LocalDate.of(2016, 1, 1)), ""));

        households.endPerson(admin, son.id(), son.version(), LocalDate.of(2026, 11, 23));

        HouseholdCard card = households.card(unit);
        assertThat(card.currentMembers()).isEmpty();
        assertThat(card.pastPeople()).singleElement().satisfies(person -> {
            assertThat(person.name()).isEqualTo("张小明");
            assertThat(person.until()).contains(LocalDate.of(2026, 11, 23));
        });
    }

    @Test
    void anOwnerChangeClosesTheOldOwnersAndRecordsTheDocuments() {
        int version = households.card(unit).unit().version();
        var request = new OwnershipTransferRequest(LocalDate.of(2026, 11, 20),
                List.of(new PersonDraft(PersonRole.OWNER, "李四", IdType.RESIDENT_ID, LI_SI_ID, "13900139000",
                        Optional.of(new BigDecimal("50")), Optional.empty(), ""),
                        new PersonDraft(PersonRole.OWNER, "王芳", IdType.PASSPORT, "E7654321", "13700137000",
                                Optional.of(new BigDecimal("50")), Optional.empty(), "")),
                EnumSet.of(TransferDocument.PROPERTY_CERTIFICATE, TransferDocument.NEW_OWNER_ID,
                        TransferDocument.KEYS_HANDED_OVER),
                "二手房买卖");

        HouseholdCard card = households.transferOwnership(admin, unit, version, request);

        assertThat(card.currentOwners()).extracting(Person::name).containsExactly("李四", "王芳");
        assertThat(card.currentOwners()).allSatisfy(owner -> assertThat(owner.since()).contains(LocalDate.of(2026, 11, 20)));
        assertThat(card.pastPeople()).singleElement().satisfies(old -> {
            assertThat(old.name()).isEqualTo("张三");
            assertThat(old.until()).contains(LocalDate.of(2026, 11, 19));
        });
        assertThat(card.transfers()).singleElement().satisfies(transfer -> {
            assertThat(transfer.previousOwners()).isEqualTo("张三");
            assertThat(transfer.newOwners()).isEqualTo("李四、王芳");
            assertThat(transfer.documents()).isEqualTo(Set.of(TransferDocument.PROPERTY_CERTIFICATE,
                    TransferDocument.NEW_OWNER_ID, TransferDocument.KEYS_HANDED_OVER));
            assertThat(transfer.recordedBy()).isEqualTo("admin");
        });
        assertThat(db.database.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION_CODE.eq("OWNERSHIP_TRANSFERRED"))).isEqualTo(1);
    }

    @Test
    void aTransferWithOneBadNewOwnerChangesNothing() {
        int version = households.card(unit).unit().version();
        int auditBefore = db.auditRows();
        var request = new OwnershipTransferRequest(LocalDate.of(2026, 11, 20),
                List.of(EstateFixture.owner("李四", LI_SI_ID, "13900139000", null),
                        EstateFixture.owner("王芳", "110105194912310021", "13700137000", null)),
                Set.of(), "");

        assertThatThrownBy(() -> households.transferOwnership(admin, unit, version, request))
                .hasMessageContaining("error.id.checkDigit");

        HouseholdCard card = households.card(unit);
        assertThat(card.currentOwners()).extracting(Person::name).containsExactly("张三");
        assertThat(card.transfers()).isEmpty();
        assertThat(db.auditRows()).isEqualTo(auditBefore);
    }

    @Test
    void aTransferOnAStaleCardOrBeforeTheOwnerMovedInIsRefused() {
        int version = households.card(unit).unit().version();
        var tooEarly = new OwnershipTransferRequest(LocalDate.of(2015, 7, 1),
                List.of(EstateFixture.owner("李四", LI_SI_ID, "", null)), Set.of(), "");
        assertThatThrownBy(() -> households.transferOwnership(admin, unit, version, tooEarly))
                .hasMessageContaining("error.transfer.beforeCurrentOwner");

        var fine = new OwnershipTransferRequest(LocalDate.of(2026, 11, 1),
                List.of(EstateFixture.owner("李四", LI_SI_ID, "", null)), Set.of(), "");
        households.transferOwnership(admin, unit, version, fine);
        assertThatThrownBy(() -> households.transferOwnership(admin, unit, version, fine))
                .hasMessageContaining("error.household.changedMeanwhile");
    }

    @Test
    void aCashierMayLookButNotChange() {
        Actor cashier = db.userWithRole("qian", Role.CASHIER);

        assertThat(households.card(unit).currentOwners()).hasSize(1);
        assertThatThrownBy(() -> households.addVehicle(cashier, unit, "浙A12345", "P-B1-001"))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void vehiclesAndPetsAreRegisteredAndEndedNotDeleted() {
        Vehicle car = households.addVehicle(admin, unit, "浙a·12345", "P-B1-001");
        households.addPet(admin, unit, "犬", "豆豆", "杭犬2026-0012", LocalDate.of(2026, 3, 1));
        households.endVehicle(admin, car.id());

        HouseholdCard card = households.card(unit);
        assertThat(card.vehicles()).singleElement().satisfies(vehicle -> {
            assertThat(vehicle.plate()).isEqualTo("浙A12345");
            assertThat(vehicle.until()).contains(LocalDate.of(2026, 11, 23));
        });
        assertThat(card.pets()).extracting(Pet::name).containsExactly("豆豆");
    }
}
