package org.sitedesk.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitedesk.core.db.schema.Tables.AUDIT_LOG;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.support.TestDatabases;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.audit.CoreAuditAction;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.support.MutableClock;

/** One use case, one transaction: a failure half-way leaves nothing behind. */
class TransactionsTest {
    @TempDir
    Path folder;

    @Test
    void aFailureRollsBackEverythingTheUseCaseWrote() {
        try (Database db = Database.open(TestDatabases.fresh(folder))) {
            AuditLog audit = new AuditLog(MutableClock.atNineOnAMonday());

            assertThatThrownBy(() -> db.transactions().run(tx -> {
                audit.record(tx, "test", CoreAuditAction.USER_CREATED, "first", null);
                audit.record(tx, "test", CoreAuditAction.USER_CREATED, "second", null);
                throw new UserFacingException("error.user.usernameTaken", "second");
            })).isInstanceOf(UserFacingException.class).hasMessageContaining("error.user.usernameTaken");

            assertThat(db.dsl().fetchCount(AUDIT_LOG)).isZero();
        }
    }

    @Test
    void aSuccessfulUseCaseCommitsAndReturnsItsResult() {
        try (Database db = Database.open(TestDatabases.fresh(folder))) {
            AuditLog audit = new AuditLog(MutableClock.atNineOnAMonday());

            int written = db.transactions().inTransaction(tx -> {
                audit.record(tx, "test", CoreAuditAction.USER_CREATED, "first", null);
                return tx.fetchCount(AUDIT_LOG);
            });

            assertThat(written).isEqualTo(1);
            assertThat(db.dsl().fetchCount(AUDIT_LOG)).isEqualTo(1);
        }
    }
}
