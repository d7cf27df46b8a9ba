package org.sitedesk.estate;

import static org.sitedesk.core.db.schema.Tables.ESTATE_UNIT;
import static org.sitedesk.core.db.schema.Tables.HOUSEHOLD_PERSON;
import static org.sitedesk.core.db.schema.Tables.HOUSEHOLD_PET;
import static org.sitedesk.core.db.schema.Tables.HOUSEHOLD_VEHICLE;
import static org.sitedesk.core.db.schema.Tables.OWNERSHIP_TRANSFER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.schema.tables.records.EstateUnitRecord;
import org.sitedesk.core.db.schema.tables.records.HouseholdPersonRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.id.PhoneNumber;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.search.SearchKeys;

/**
 * The household card: who owns and lives in a unit, their vehicles and pets, and ownership
 * transfers. Nothing is deleted: people, vehicles and pets are closed with a date. ID numbers and
 * phones leave this service masked unless revealed, and every reveal is audited.
 */
public final class HouseholdService {
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final LongConsumer unitChanged;
    private final OwnershipTransferListener transfers;

    /** {@code transfers} is told of every 过户 inside its transaction. */
    public HouseholdService(Transactions transactions, AuditLog audit, Clock clock, LongConsumer unitChanged,
            OwnershipTransferListener transfers) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.unitChanged = unitChanged;
        this.transfers = transfers;
    }

    public HouseholdCard card(long unitId) {
        return transactions.inTransaction(tx -> {
            EstateUnitRecord unit = unitRecord(tx, unitId);
            List<Person> people = tx.selectFrom(HOUSEHOLD_PERSON)
                    .where(HOUSEHOLD_PERSON.UNIT_ID.eq(unitId))
                    .orderBy(HOUSEHOLD_PERSON.UNTIL_DATE.isNull().desc(), HOUSEHOLD_PERSON.PERSON_ROLE,
                            HOUSEHOLD_PERSON.SINCE_DATE, HOUSEHOLD_PERSON.ID)
                    .fetch(HouseholdService::toPerson);
            List<Vehicle> vehicles = tx.selectFrom(HOUSEHOLD_VEHICLE).where(HOUSEHOLD_VEHICLE.UNIT_ID.eq(unitId))
                    .orderBy(HOUSEHOLD_VEHICLE.ID)
                    .fetch(row -> new Vehicle(row.getId(), row.getPlate(), nonNull(row.getParkingSpace()),
                            Optional.ofNullable(row.getSinceDate()), Optional.ofNullable(row.getUntilDate())));
            List<Pet> pets = tx.selectFrom(HOUSEHOLD_PET).where(HOUSEHOLD_PET.UNIT_ID.eq(unitId))
                    .orderBy(HOUSEHOLD_PET.ID)
                    .fetch(row -> new Pet(row.getId(), row.getKind(), nonNull(row.getPetName()),
                            nonNull(row.getLicenceNumber()), Optional.ofNullable(row.getVaccinatedOn()),
                            Optional.ofNullable(row.getUntilDate())));
            List<Transfer> transfers = tx.selectFrom(OWNERSHIP_TRANSFER).where(OWNERSHIP_TRANSFER.UNIT_ID.eq(unitId))
                    .orderBy(OWNERSHIP_TRANSFER.TRANSFERRED_ON.desc(), OWNERSHIP_TRANSFER.ID.desc())
                    .fetch(row -> new Transfer(row.getId(), row.getTransferredOn(), row.getPreviousOwners(),
                            row.getNewOwners(), documents(row.getDocuments()), nonNull(row.getNotes()),
                            row.getRecordedBy()));
            return new HouseholdCard(EstateService.toUnit(unit), people, vehicles, pets, transfers);
        });
    }

    /**
     * The current owners of several units at once, as each unit's card lists them (masked), for a
     * list of units such as the command line's search results.
     */
    public Map<Long, List<Person>> currentOwners(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return transactions.inTransaction(tx -> {
            Map<Long, List<Person>> owners = new HashMap<>();
            tx.selectFrom(HOUSEHOLD_PERSON)
                    .where(HOUSEHOLD_PERSON.UNIT_ID.in(unitIds))
                    .and(HOUSEHOLD_PERSON.PERSON_ROLE.eq(PersonRole.OWNER.name()))
                    .and(HOUSEHOLD_PERSON.UNTIL_DATE.isNull())
                    .orderBy(HOUSEHOLD_PERSON.SINCE_DATE, HOUSEHOLD_PERSON.ID)
                    .forEach(row -> owners.computeIfAbsent(row.getUnitId(), unit -> new ArrayList<>()).add(toPerson(row)));
            return owners;
        });
    }

    /** The clear ID number and phone of one person, for roles that may see them; the view is audited. */
    public RevealedPerson reveal(Actor actor, long personId) {
        actor.require(Permission.VIEW_PERSONAL_DATA);
        return transactions.inTransaction(tx -> {
            HouseholdPersonRecord row = personRecord(tx, personId);
            String room = unitRecord(tx, row.getUnitId()).getRoomCode();
            audit.record(tx, actor, EstateAuditAction.PERSONAL_DATA_VIEWED, room, "name: " + row.getFullName());
            return new RevealedPerson(nonNull(row.getIdNumber()), nonNull(row.getPhone()));
        });
    }

    public Person addPerson(Actor actor, long unitId, PersonDraft draft) {
        actor.require(Permission.EDIT_HOUSEHOLDS);
        PersonDraft checked = PersonValidator.check(draft, LocalDate.now(clock));
        Person added = transactions.inTransaction(tx -> {
            EstateUnitRecord unit = unitRecord(tx, unitId);
            HouseholdPersonRecord row = insertPerson(tx, unitId, checked);
            audit.record(tx, actor, EstateAuditAction.PERSON_ADDED, unit.getRoomCode(),
                    "name: " + checked.name() + "; person_role: " + checked.role().name());
            return toPerson(row);
        });
        unitChanged.accept(unitId);
        return added;
    }

    /** A member moves out or an owner is removed by mistake: closed on a date, never deleted. */
    public Person endPerson(Actor actor, long personId, int expectedVersion, LocalDate until) {
        actor.require(Permission.EDIT_HOUSEHOLDS);
        long[] unit = new long[1];
        Person ended = transactions.inTransaction(tx -> {
            HouseholdPersonRecord row = personRecord(tx, personId);
            if (row.getRowVersion() != expectedVersion) {
                throw new UserFacingException("error.household.changedMeanwhile");
            }
            if (row.getUntilDate() != null) {
                throw new UserFacingException("error.person.alreadyEnded", row.getFullName());
            }
            if (row.getSinceDate() != null && until.isBefore(row.getSinceDate())) {
                throw new UserFacingException("error.person.endBeforeStart");
            }
            row.setUntilDate(until);
            row.setRowVersion(row.getRowVersion() + 1);
            row.store();
            unit[0] = row.getUnitId();
            audit.record(tx, actor, EstateAuditAction.PERSON_ENDED, unitRecord(tx, row.getUnitId()).getRoomCode(),
                    "name: " + row.getFullName() + "; until: " + until);
            return toPerson(row);
        });
        unitChanged.accept(unit[0]);
        return ended;
    }

    public Vehicle addVehicle(Actor actor, long unitId, String plate, String parkingSpace) {
        actor.require(Permission.EDIT_HOUSEHOLDS);
        String cleanPlate = plate == null ? "" : plate.trim().toUpperCase().replace("·", "").replace(" ", "");
        if (cleanPlate.length() < 5 || cleanPlate.length() > 10) {
            throw new UserFacingException("error.vehicle.plateForm");
        }
        LocalDate today = LocalDate.now(clock);
        Vehicle added = transactions.inTransaction(tx -> {
            EstateUnitRecord unit = unitRecord(tx, unitId);
            var row = tx.newRecord(HOUSEHOLD_VEHICLE);
            row.setUnitId(unitId);
            row.setPlate(cleanPlate);
            row.setParkingSpace(parkingSpace == null ? null : parkingSpace.trim());
            row.setSinceDate(today);
            row.setCreatedAt(OffsetDateTime.now(clock));
            row.store();
            audit.record(tx, actor, EstateAuditAction.VEHICLE_ADDED, unit.getRoomCode(), "plate: " + cleanPlate);
            return new Vehicle(row.getId(), cleanPlate, nonNull(row.getParkingSpace()), Optional.of(today),
                    Optional.empty());
        });
        unitChanged.accept(unitId);
        return added;
    }

    public void endVehicle(Actor actor, long vehicleId) {
        actor.require(Permission.EDIT_HOUSEHOLDS);
        LocalDate today = LocalDate.now(clock);
        long unitId = transactions.inTransaction(tx -> {
            var row = tx.selectFrom(HOUSEHOLD_VEHICLE).where(HOUSEHOLD_VEHICLE.ID.eq(vehicleId)).forUpdate().fetchOptional()
                    .orElseThrow(() -> new UserFacingException("error.household.notFound"));
            if (row.getUntilDate() == null) {
                row.setUntilDate(today);
                row.store();
                audit.record(tx, actor, EstateAuditAction.VEHICLE_ENDED, unitRecord(tx, row.getUnitId()).getRoomCode(),
                        "plate: " + row.getPlate());
            }
            return row.getUnitId();
        });
        unitChanged.accept(unitId);
    }

    public Pet addPet(Actor actor, long unitId, String kind, String name, String licence, LocalDate vaccinatedOn) {
        actor.require(Permission.EDIT_HOUSEHOLDS);
        String cleanKind = kind == null ? "" : kind.trim();
        if (cleanKind.isEmpty()) {
            throw new UserFacingException("error.pet.kindRequired");
        }
        if (vaccinatedOn != null && vaccinatedOn.isAfter(LocalDate.now(clock))) {
            throw new UserFacingException("error.pet.vaccinationInFuture");
        }
        return transactions.inTransaction(tx -> {
            EstateUnitRecord unit = unitRecord(tx, unitId);
            var row = tx.newRecord(HOUSEHOLD_PET);
            row.setUnitId(unitId);
            row.setKind(cleanKind);
            row.setPetName(name == null ? null : name.trim());
            row.setLicenceNumber(licence == null ? null : licence.trim());
            row.setVaccinatedOn(vaccinatedOn);
            row.setCreatedAt(OffsetDateTime.now(clock));
            row.store();
            audit.record(tx, actor, EstateAuditAction.PET_ADDED, unit.getRoomCode(), "kind: " + cleanKind);
            return new Pet(row.getId(), cleanKind, nonNull(row.getPetName()), nonNull(row.getLicenceNumber()),
                    Optional.ofNullable(vaccinatedOn), Optional.empty());
        });
    }

    public void endPet(Actor actor, long petId) {
        actor.require(Permission.EDIT_HOUSEHOLDS);
        LocalDate today = LocalDate.now(clock);
        transactions.run(tx -> {
            var row = tx.selectFrom(HOUSEHOLD_PET).where(HOUSEHOLD_PET.ID.eq(petId)).forUpdate().fetchOptional()
                    .orElseThrow(() -> new UserFacingException("error.household.notFound"));
            if (row.getUntilDate() == null) {
                row.setUntilDate(today);
                row.store();
                audit.record(tx, actor, EstateAuditAction.PET_ENDED, unitRecord(tx, row.getUnitId()).getRoomCode(),
                        "kind: " + row.getKind());
            }
        });
    }

    /**
     * 过户: the current owners are closed the day before {@code on}, the new owners start on it, and
     * the documents received are recorded. One transaction; refused if the unit changed meanwhile.
     */
    public HouseholdCard transferOwnership(Actor actor, long unitId, int expectedUnitVersion, OwnershipTransferRequest request) {
        actor.require(Permission.EDIT_HOUSEHOLDS);
        LocalDate today = LocalDate.now(clock);
        if (request.on() == null) {
            throw new UserFacingException("error.transfer.dateRequired");
        }
        if (request.on().isAfter(today)) {
            throw new UserFacingException("error.transfer.dateInFuture");
        }
        if (request.newOwners().isEmpty()) {
            throw new UserFacingException("error.transfer.newOwnerRequired");
        }
        List<PersonDraft> owners = request.newOwners().stream()
                .map(draft -> PersonValidator.check(new PersonDraft(PersonRole.OWNER, draft.name(), draft.idType(),
                        draft.idNumber(), draft.phone(), draft.share(), Optional.of(request.on()), draft.notes()), today))
                .toList();
        transactions.run(tx -> {
            EstateUnitRecord unit = unitRecord(tx, unitId);
            if (unit.getRowVersion() != expectedUnitVersion) {
                throw new UserFacingException("error.household.changedMeanwhile");
            }
            List<HouseholdPersonRecord> current = tx.selectFrom(HOUSEHOLD_PERSON)
                    .where(HOUSEHOLD_PERSON.UNIT_ID.eq(unitId))
                    .and(HOUSEHOLD_PERSON.PERSON_ROLE.eq(PersonRole.OWNER.name()))
                    .and(HOUSEHOLD_PERSON.UNTIL_DATE.isNull())
                    .forUpdate()
                    .fetch();
            for (HouseholdPersonRecord owner : current) {
                if (owner.getSinceDate() != null && !request.on().isAfter(owner.getSinceDate())) {
                    throw new UserFacingException("error.transfer.beforeCurrentOwner", owner.getFullName(), owner.getSinceDate());
                }
                owner.setUntilDate(request.on().minusDays(1));
                owner.setRowVersion(owner.getRowVersion() + 1);
                owner.store();
            }
            owners.forEach(draft -> insertPerson(tx, unitId, draft));
            String previous = current.stream().map(HouseholdPersonRecord::getFullName).collect(Collectors.joining("、"));
            String next = owners.stream().map(PersonDraft::name).collect(Collectors.joining("、"));
            var transfer = tx.newRecord(OWNERSHIP_TRANSFER);
            transfer.setUnitId(unitId);
            transfer.setTransferredOn(request.on());
            transfer.setPreviousOwners(previous);
            transfer.setNewOwners(next);
            transfer.setDocuments(request.documents().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            transfer.setNotes(request.notes());
            transfer.setRecordedBy(actor.name());
            transfer.setRecordedAt(OffsetDateTime.now(clock));
            transfer.store();
            unit.setRowVersion(unit.getRowVersion() + 1);
            unit.store();
            audit.record(tx, actor, EstateAuditAction.OWNERSHIP_TRANSFERRED, unit.getRoomCode(),
                    "owners: " + previous + " → " + next + "; on: " + request.on());
            transfers.transferred(tx, actor, unitId, request.on(), previous, next);
        });
        unitChanged.accept(unitId);
        return card(unitId);
    }

    private HouseholdPersonRecord insertPerson(DSLContext tx, long unitId, PersonDraft draft) {
        HouseholdPersonRecord row = tx.newRecord(HOUSEHOLD_PERSON);
        row.setUnitId(unitId);
        row.setPersonRole(draft.role().name());
        row.setFullName(draft.name());
        row.setIdType(draft.idType().name());
        row.setIdNumber(draft.idNumber().isEmpty() ? null : draft.idNumber());
        row.setPhone(draft.phone().isEmpty() ? null : draft.phone());
        row.setOwnershipShare(draft.share().orElse(null));
        row.setSinceDate(draft.since().orElse(null));
        row.setNotes(draft.notes().isEmpty() ? null : draft.notes());
        row.setCreatedAt(OffsetDateTime.now(clock));
        row.setRowVersion(0);
        SearchKeys keys = SearchKeys.of(draft.name(), draft.phone());
        row.setSearchInitials(keys.initials());
        row.setSearchPinyin(keys.pinyin());
        row.setSearchPhone(keys.phoneDigits());
        row.store();
        return row;
    }

    private static EstateUnitRecord unitRecord(DSLContext tx, long unitId) {
        return tx.selectFrom(ESTATE_UNIT).where(ESTATE_UNIT.ID.eq(unitId)).fetchOptional()
                .orElseThrow(() -> new UserFacingException("error.unit.notFound", unitId));
    }

    private static HouseholdPersonRecord personRecord(DSLContext tx, long personId) {
        return tx.selectFrom(HOUSEHOLD_PERSON).where(HOUSEHOLD_PERSON.ID.eq(personId)).forUpdate().fetchOptional()
                .orElseThrow(() -> new UserFacingException("error.household.notFound"));
    }

    static Person toPerson(HouseholdPersonRecord row) {
        IdType type = IdType.valueOf(row.getIdType());
        String id = nonNull(row.getIdNumber());
        return new Person(row.getId(), PersonRole.valueOf(row.getPersonRole()), row.getFullName(), type,
                type.mask(id), PhoneNumber.mask(row.getPhone()),
                Optional.ofNullable(row.getOwnershipShare()), Optional.ofNullable(row.getSinceDate()),
                Optional.ofNullable(row.getUntilDate()), nonNull(row.getNotes()), row.getRowVersion());
    }

    private static Set<TransferDocument> documents(String stored) {
        Set<TransferDocument> documents = EnumSet.noneOf(TransferDocument.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(TransferDocument::valueOf).forEach(documents::add);
        }
        return documents;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
