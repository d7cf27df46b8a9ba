package org.sitedesk.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.NewUser;
import org.sitedesk.core.users.PermissionDeniedException;
import org.sitedesk.core.users.Role;
import org.sitedesk.support.TestDatabase;

/** The audit log screen's search: newest first, by day, person and text; only for those allowed. */
class AuditSearchTest {
    @TempDir
    Path folder;
    private TestDatabase db;
    private Actor admin;
    private AuditSearch search;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        admin = db.administrator();                      // 2026-11-23 USER_CREATED admin
        search = db.services.core().auditSearch();
        db.clock.advance(Duration.ofDays(1));
        db.services.core().users().add(admin, new NewUser("lina", "李娜", Role.CASHIER, "cashier-pass"));   // 11-24
        db.clock.advance(Duration.ofDays(1));
        db.services.core().users().signIn("lina", "cashier-pass");                                       // 11-25
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everythingComesNewestFirst() {
        assertThat(search.search(admin, AuditQuery.everything()))
                .extracting(AuditEntry::actionCode)
                .containsExactly("SIGNED_IN", "USER_CREATED", "USER_CREATED");
    }

    @Test
    void daysAreWholeDaysOfTheSite() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        var found = search.search(admin, new AuditQuery(Optional.of(day), Optional.of(day), "", "", 100));

        assertThat(found).singleElement().satisfies(entry -> {
            assertThat(entry.entityId()).isEqualTo("lina");
            assertThat(entry.actor()).isEqualTo("admin");
        });
    }

    @Test
    void personAndTextNarrowTheSearch() {
        assertThat(search.search(admin, new AuditQuery(Optional.empty(), Optional.empty(), "LIN", "", 100)))
                .extracting(AuditEntry::actionCode).containsExactly("SIGNED_IN");
        assertThat(search.search(admin, new AuditQuery(Optional.empty(), Optional.empty(), "", "cashier", 100)))
                .extracting(AuditEntry::entityId).containsExactly("lina");
    }

    @Test
    void aSupervisorMayReadTheLogAndACashierMayNot() {
        Actor supervisor = db.userWithRole("zhou", Role.SUPERVISOR);
        Actor cashier = db.userWithRole("qian", Role.CASHIER);

        assertThat(search.search(supervisor, AuditQuery.everything())).isNotEmpty();
        assertThatThrownBy(() -> search.search(cashier, AuditQuery.everything()))
                .isInstanceOf(PermissionDeniedException.class);
    }
}
