package org.sitedesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Role;
import org.sitedesk.renovation.InspectionDraft;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.RenovationFixture;
import org.sitedesk.support.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The dashboard's renovation card (issue 18 item 5): a rectification past its deadline, a permit
 * ending this week and works past their end without acceptance, as a clerk sees them after sign-in;
 * an engineer of the patrol sees it too, a cashier does not.
 */
@ExtendWith(ApplicationExtension.class)
class RenovationCardTest {
    @TempDir
    static Path folder;
    private TestDatabase db;

    @Start
    void start(Stage stage) throws Exception {
        db = new TestDatabase(Files.createTempDirectory(folder, "db"));
        db.administrator();
        db.userWithRole("zhou", Role.CLERK);
        db.userWithRole("qian", Role.CASHIER);
        WindowTestSupport.show(stage, db, folder.resolve("prefs"), Language.CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aClerkSeesTheOverdueRectificationThePermitEndingThisWeekAndTheWorksPastTheirEnd(FxRobot robot) {
        Actor admin = db.administrator();
        RenovationFixture fixture = new RenovationFixture(db);
        Renovation ending = fixture.issued(new EstateFixture(db).unit("3-2-1502", "15", "89.75"));
        Renovation overrun = fixture.issued(new EstateFixture(db).unit("3-2-1602", "16", "89.75"));
        LocalDate today = LocalDate.now(db.clock);
        fixture.renovation().checks().inspect(admin, ending.id(), new InspectionDraft(today, "楼道堆放垃圾", List.of(), true,
                Optional.of("清运楼道垃圾"), Optional.of(today.plusDays(1)), false));
        db.clock.advance(Duration.ofDays(1));
        fixture.renovation().permits().extend(admin, overrun.id(), today.plusDays(1));
        db.clock.advance(Duration.ofDays(8));

        WindowTestSupport.signIn(robot, "zhou", TestDatabase.PASSWORD);

        assertThat(WindowTestSupport.text(robot, "#renovationOverdueNotices")).isEqualTo("有 1 份整改通知书超过整改期限");
        assertThat(WindowTestSupport.text(robot, "#renovationExpiring")).isEqualTo("本周有 1 份施工许可证到期");
        assertThat(WindowTestSupport.text(robot, "#renovationOverrun")).isEqualTo("有 1 户装修超过完工日期仍未验收");
        assertThat(robot.lookup("#renovationDue").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .extracting(node -> ((javafx.scene.control.Label) node).getText())
                .contains(ending.number() + "-ZG01", ending.number() + " 3-2-1502 华美装饰工程有限公司（" + ending.endDate() + " 到期）",
                        overrun.number() + " 3-2-1602 华美装饰工程有限公司（" + today.plusDays(1) + " 到期）");
    }

    @Test
    void aCashierHasNoRenovationCard(FxRobot robot) {
        WindowTestSupport.signIn(robot, "qian", TestDatabase.PASSWORD);

        assertThat(robot.lookup("#renovationCard").tryQuery()).isEmpty();
        assertThat(robot.lookup("#lostFoundCard").tryQuery()).isEmpty();
    }
}
