package org.sitedesk.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Role;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.TestDatabase;

/**
 * Issue 16 item 6: passes another feature issues under an object of its own (a renovation permit)
 * expire with it, follow its end date and all end at once when it ends early; others' passes stay.
 */
class PassesUnderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final IssuedUnder PERMIT = new IssuedUnder("renovation", "17");
    private static final IssuedUnder OTHER_PERMIT = new IssuedUnder("renovation", "18");

    @TempDir
    Path folder;
    private TestDatabase db;
    private Actor admin;
    private Actor clerk;
    private long unit;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        admin = db.administrator();
        clerk = db.userWithRole("xiao", Role.CLERK);
        unit = new EstateFixture(db).unit("3-2-1502", "15", "89.75");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PassesUnder under() {
        return db.services.keys().passesUnder();
    }

    private List<Pass> workers(IssuedUnder permit, LocalDate until, String... names) {
        return under().issue(clerk, permit, new PassBatch(unit, "WORKER", until, List.of(names), Optional.of(Money.ZERO),
                PaymentMethod.CASH));
    }

    @Test
    void workerPassesAreValidUntilThePermitEndsAndExpireWithIt() {
        List<Pass> passes = workers(PERMIT, TODAY.plusDays(20), "赵工", "钱工", "孙工");

        assertThat(passes).extracting(Pass::number).containsExactly("P2026-00001", "P2026-00002", "P2026-00003");
        assertThat(passes).allSatisfy(pass -> {
            assertThat(pass.typeName()).isEqualTo("施工出入证");
            assertThat(pass.under()).hasValue(PERMIT);
            assertThat(pass.validUntil()).isEqualTo(TODAY.plusDays(20));
        });
        assertThat(under().passes(PERMIT)).hasSize(3);

        db.clock.advance(Duration.ofDays(21));
        assertThat(db.services.keys().register().validOn(admin, LocalDate.now(db.clock))).isEmpty();
    }

    @Test
    void allPassesOfAPermitEndAtOnceWhenItEndsEarlyAndNoOtherPass() {
        workers(PERMIT, TODAY.plusDays(20), "赵工", "钱工");
        workers(OTHER_PERMIT, TODAY.plusDays(20), "李工");
        db.services.keys().passes().reportLost(clerk, "P2026-00002", "钱工");

        assertThatThrownBy(() -> under().end(clerk, PERMIT, "")).hasMessageContaining("error.pass.endReason");
        assertThat(under().end(clerk, PERMIT, "业主提前完工验收")).as("the lost one stays lost").isEqualTo(1);

        assertThat(under().passes(PERMIT)).extracting(pass -> pass.status(TODAY))
                .containsExactly(PassStatus.ENDED, PassStatus.LOST);
        assertThat(under().passes(PERMIT).get(0).closeReason()).isEqualTo("业主提前完工验收");
        assertThat(db.services.keys().register().validOn(admin, TODAY)).extracting(Pass::holder).containsExactly("李工");
        assertThat(db.services.keys().passes().giveBack(clerk, "P2026-00001", null).state())
                .as("an ended pass is still handed back").isEqualTo(PassState.RETURNED);
    }

    @Test
    void theirEndDateFollowsThePermitsAndADepositIsTakenPerPass() {
        Actor cashier = db.userWithRole("qian", Role.CASHIER);
        List<Pass> passes = under().issue(cashier, PERMIT, new PassBatch(unit, "WORKER", TODAY.plusDays(10), List.of("赵工"),
                Optional.empty(), PaymentMethod.CASH));
        assertThat(db.services.fees().payments().receipt(passes.get(0).depositReceipt()).orElseThrow().amount())
                .as("施工出入证's deposit").isEqualTo(Money.of("20.00"));

        assertThat(under().moveEnd(clerk, PERMIT, TODAY.plusDays(40))).isEqualTo(1);

        assertThat(under().passes(PERMIT).get(0).validUntil()).isEqualTo(TODAY.plusDays(40));
        assertThatThrownBy(() -> under().issue(clerk, PERMIT, new PassBatch(unit, "WORKER", TODAY.plusDays(10),
                List.of("钱工"), Optional.empty(), PaymentMethod.CASH)))
                .isInstanceOf(org.sitedesk.core.users.PermissionDeniedException.class);
    }
}
