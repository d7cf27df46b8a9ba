package org.sitedesk.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.audit.AuditQuery;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.PermissionDeniedException;
import org.sitedesk.core.users.Role;
import org.sitedesk.estate.IdType;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.KeysFixture;
import org.sitedesk.support.TestDatabase;

/**
 * Issue 16 items 1–2: the key cabinet's hooks, lending with the borrower's identity checked, one key
 * never out twice, overdue keys, lost keys and owners' sealed envelopes; every change audited and
 * permissions checked in the service (DESIGN.md "Who uses it"). Runs on H2 and on PostgreSQL.
 */
class KeyLendingTest {
    @TempDir
    Path folder;
    private TestDatabase db;
    private Actor admin;
    private Actor clerk;
    private KeysFixture keys;
    private long unit;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        admin = db.administrator();
        clerk = db.userWithRole("xiao", Role.CLERK);
        unit = new EstateFixture(db).unit("3-2-1502", "15", "89.75");
        keys = new KeysFixture(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private KeyServices services() {
        return db.services.keys();
    }

    /** Item 1: a key hangs on a numbered hook of a cabinet; a hook holds one key; what it opens must exist. */
    @Test
    void aKeyHangsOnAFreeHookOfItsCabinetAndOpensAUnitOrACommonArea() {
        CabinetKey door = keys.unitKey(unit, "3-2-1502", 7, 3);
        CabinetKey pumps = keys.areaKey("1号楼水泵房", 8);

        assertThat(door.number()).isEqualTo("K0001");
        assertThat(door.hook()).hasValue(new Hook("A", 7));
        assertThat(door.hook().orElseThrow().label()).isEqualTo("A-07");
        assertThat(door.opens().name()).isEqualTo("3-2-1502");
        assertThat(door.copies()).isEqualTo(3);
        assertThat(pumps.opens().areaId()).isPresent();
        assertThat(services().cabinets().opens("1号楼水泵房")).hasValueSatisfying(opens -> assertThat(opens.name()).isEqualTo("1号楼水泵房"));
        assertThat(services().cabinets().opens("3-2-1502")).hasValueSatisfying(opens -> assertThat(opens.unitId()).hasValue(unit));
        assertThat(services().cabinets().opens("9-9-999")).isEmpty();
        assertThatThrownBy(() -> keys.unitKey(unit, "3-2-1502", 7, 1))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("error.key.hookTaken");
        assertThatThrownBy(() -> keys.unitKey(unit, "3-2-1502", 41, 1)).hasMessageContaining("error.key.noSuchHook");
        assertThatThrownBy(() -> keys.unitKey(unit, "3-2-1502", 9, 0)).hasMessageContaining("error.key.copies");
        assertThatThrownBy(() -> services().cabinets().addKey(clerk, new NewKey(KeyOpens.unit(unit, "3-2-1502"),
                keys.cabinet().id(), 9, 1, false, ""))).isInstanceOf(PermissionDeniedException.class);

        CabinetKey moved = services().cabinets().moveKey(admin, door.id(), keys.cabinet().id(), 12);
        assertThat(moved.hook()).hasValue(new Hook("A", 12));
        assertThat(services().lookup().held(clerk)).extracting(CabinetKey::number).containsExactly("K0002", "K0001");
    }

    /** Item 2: lent to staff by name and phone, with a purpose and an expected return; back on its hook after. */
    @Test
    void aKeyIsLentWithPurposeAndDueTimeAndReturned() {
        CabinetKey door = keys.unitKey(unit, "3-2-1502", 7, 2);

        KeyLoan loan = services().lending().lend(clerk, door.id(), keys.toEngineer());

        assertThat(loan.borrower().name()).isEqualTo("王师傅");
        assertThat(loan.due()).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
        CabinetKey out = services().lookup().key(clerk, "k1").orElseThrow();
        assertThat(out.state()).isEqualTo(KeyState.LENT);
        assertThat(out.hook()).as("an out key keeps its hook").hasValue(new Hook("A", 7));
        assertThat(out.loan()).hasValueSatisfying(current -> assertThat(current.purpose()).isEqualTo("检修水管"));

        db.clock.advance(Duration.ofHours(2));
        KeyLoan back = services().lending().giveBack(clerk, door.id());

        assertThat(back.returnedAt()).hasValue(db.clock.instant());
        assertThat(back.returnedBy()).isEqualTo("xiao");
        assertThat(services().lookup().key(clerk, "K0001").orElseThrow().state()).isEqualTo(KeyState.IN_CABINET);
        assertThat(services().lookup().historyOfUnit(clerk, unit)).extracting(KeyEvent::kind)
                .containsExactly(KeyEventKind.RETURNED, KeyEventKind.LENT, KeyEventKind.ADDED);
        assertThatThrownBy(() -> services().lending().giveBack(clerk, door.id())).hasMessageContaining("error.key.notOut");
    }

    /** Item 2, "one key cannot be lent twice": refused with who has it, and nothing is written. */
    @Test
    void aKeyThatIsOutIsNotLentAgain() {
        CabinetKey door = keys.unitKey(unit, "3-2-1502", 7, 2);
        services().lending().lend(clerk, door.id(), keys.toEngineer());
        int auditRows = db.auditRows();

        assertThatThrownBy(() -> services().lending().lend(admin, door.id(), keys.toEngineer()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("error.key.out");

        assertThat(db.auditRows()).isEqualTo(auditRows);
        assertThat(services().lookup().key(clerk, "K0001").orElseThrow().loan().orElseThrow().lentBy()).isEqualTo("xiao");
    }

    /** Two counters lending the same key at the same moment: exactly one loan stands. */
    @Test
    void twoCountersLendingOneKeyAtOnceMakeOneLoan() throws Exception {
        CabinetKey door = keys.unitKey(unit, "3-2-1502", 7, 2);
        ConcurrentLinkedQueue<Object> outcomes = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> counters = new ArrayList<>();
        for (Actor actor : List.of(admin, clerk)) {
            Thread counter = new Thread(() -> {
                try {
                    start.await();
                    outcomes.add(services().lending().lend(actor, door.id(), keys.toEngineer()));
                } catch (Throwable e) {
                    outcomes.add(e);
                }
            });
            counters.add(counter);
            counter.start();
        }
        start.countDown();
        for (Thread counter : counters) {
            counter.join();
        }

        assertThat(outcomes).filteredOn(KeyLoan.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(UserFacingException.class::isInstance).hasSize(1);
    }

    /** Item 2: anyone but staff shows an ID; a resident ID card must pass GB 11643 (DOMAIN.md personal information 4). */
    @Test
    void aContractorOrOwnerShowsAnIdThatIsChecked() {
        CabinetKey door = keys.unitKey(unit, "3-2-1502", 7, 2);
        Instant due = db.clock.instant().plus(Duration.ofHours(3));

        assertThatThrownBy(() -> services().lending().lend(clerk, door.id(), new LoanDraft(new Borrower(
                BorrowerKind.CONTRACTOR, "赵工", "13700137000", IdType.RESIDENT_ID, ""), "安装空调", due)))
                .hasMessageContaining("error.loan.idRequired");
        assertThatThrownBy(() -> services().lending().lend(clerk, door.id(), new LoanDraft(new Borrower(
                BorrowerKind.CONTRACTOR, "赵工", "13700137000", IdType.RESIDENT_ID, "110105194912310021"), "安装空调", due)))
                .hasMessageContaining("error.id.checkDigit");
        assertThatThrownBy(() -> services().lending().lend(clerk, door.id(), new LoanDraft(Borrower.staff("王师傅", "123"),
                "检修", due))).hasMessageContaining("error.loan.phone");
        assertThatThrownBy(() -> services().lending().lend(clerk, door.id(), new LoanDraft(Borrower.staff("王师傅",
                "13900139000"), "检修", db.clock.instant().minusSeconds(60)))).hasMessageContaining("error.loan.dueFuture");

        KeyLoan loan = services().lending().lend(clerk, door.id(), new LoanDraft(new Borrower(BorrowerKind.OWNER, "张三",
                "13800138000", IdType.RESIDENT_ID, "11010519491231002x"), "业主取钥匙看房", due));

        assertThat(loan.borrower().idNumber()).isEqualTo(EstateFixture.ZHANG_SAN_ID);
        assertThat(loan.borrower().maskedIdNumber()).isEqualTo("110105********002X");
    }

    /** Item 2: keys out longer than expected are overdue, the longest first (the dashboard's list). */
    @Test
    void keysOutPastTheirDueTimeAreOverdue() {
        CabinetKey door = keys.unitKey(unit, "3-2-1502", 7, 2);
        CabinetKey pumps = keys.areaKey("1号楼水泵房", 8);
        services().lending().lend(clerk, door.id(), keys.toEngineer());
        services().lending().lend(clerk, pumps.id(), new LoanDraft(Borrower.staff("李师傅", "13600136000"), "水泵保养",
                db.clock.instant().plus(Duration.ofHours(1))));

        assertThat(services().lookup().overdue(clerk)).isEmpty();
        db.clock.advance(Duration.ofHours(2));
        assertThat(services().lookup().overdue(clerk)).extracting(CabinetKey::number).containsExactly("K0002");
        db.clock.advance(Duration.ofHours(7));
        assertThat(services().lookup().overdue(clerk)).extracting(CabinetKey::number).containsExactly("K0002", "K0001");
        assertThat(services().lookup().key(clerk, "K0001").orElseThrow().overdue(db.clock.instant())).isTrue();
    }

    /** Item 2: a lost key leaves its hook free and its record says the lock needs changing. */
    @Test
    void aLostKeyFreesItsHookAndSaysTheLockNeedsChanging() {
        CabinetKey door = keys.unitKey(unit, "3-2-1502", 7, 2);
        services().lending().lend(clerk, door.id(), keys.toEngineer());

        CabinetKey lost = services().lending().reportLost(clerk, door.id(), "王师傅在 5 号楼遗失");

        assertThat(lost.state()).isEqualTo(KeyState.LOST);
        assertThat(lost.hook()).isEmpty();
        assertThat(lost.loan()).isEmpty();
        assertThat(services().lookup().historyOfUnit(clerk, unit).get(0)).satisfies(event -> {
            assertThat(event.kind()).isEqualTo(KeyEventKind.LOST);
            assertThat(event.note()).isEqualTo("王师傅在 5 号楼遗失");
        });
        assertThat(db.services.core().auditSearch().search(admin, AuditQuery.everything()).get(0).summary())
                .isEqualTo("hook: A-07; lent to: 王师傅; lock: change; note: 王师傅在 5 号楼遗失");
        assertThat(keys.unitKey(unit, "3-2-1502", 7, 1).hook()).as("the hook is free for the new lock's key").isPresent();
        assertThatThrownBy(() -> services().lending().lend(clerk, door.id(), keys.toEngineer()))
                .hasMessageContaining("error.key.notHeld");
    }

    /** Item 1: a sealed owner's key is opened only with a reason, which the unit's key history (household card) shows. */
    @Test
    void aSealedKeyOpensOnlyWithAReasonThatTheHouseholdCardShows() {
        CabinetKey spare = keys.sealedKey(unit, "3-2-1502", 3);

        assertThatThrownBy(() -> services().lending().lend(clerk, spare.id(), keys.toEngineer()))
                .hasMessageContaining("error.key.sealedLend");
        assertThatThrownBy(() -> services().lending().openSeal(clerk, spare.id(), "  "))
                .hasMessageContaining("error.key.sealReason");

        CabinetKey opened = services().lending().openSeal(clerk, spare.id(), "楼下漏水，业主电话同意入户关阀");

        assertThat(opened.sealed()).isFalse();
        assertThat(services().lookup().historyOfUnit(clerk, unit).get(0)).satisfies(event -> {
            assertThat(event.kind()).isEqualTo(KeyEventKind.SEAL_OPENED);
            assertThat(event.note()).isEqualTo("楼下漏水，业主电话同意入户关阀");
            assertThat(event.actor()).isEqualTo("xiao");
        });
        assertThat(db.services.core().auditSearch().search(admin, AuditQuery.everything()).get(0).summary())
                .isEqualTo("reason: 楼下漏水，业主电话同意入户关阀");
        services().lending().lend(clerk, spare.id(), keys.toEngineer());
        assertThatThrownBy(() -> services().lending().seal(clerk, spare.id(), "")).hasMessageContaining("error.key.notOnHook");
        services().lending().giveBack(clerk, spare.id());
        assertThat(services().lending().seal(clerk, spare.id(), "业主重新签封").sealed()).isTrue();
    }

    /** Permissions are the service's, not only the window's: an engineer lends no keys, a cashier sees no cabinet. */
    @Test
    void rolesWithoutTheKeyPermissionsAreRefusedByTheService() {
        CabinetKey door = keys.unitKey(unit, "3-2-1502", 7, 2);
        Actor engineer = db.userWithRole("gong", Role.ENGINEER);
        Actor cashier = db.userWithRole("qian", Role.CASHIER);

        assertThatThrownBy(() -> services().lending().lend(engineer, door.id(), keys.toEngineer()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> services().lookup().held(cashier)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> services().lending().openSeal(engineer, door.id(), "x"))
                .isInstanceOf(PermissionDeniedException.class);
    }
}
