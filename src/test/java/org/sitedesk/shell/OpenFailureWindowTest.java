package org.sitedesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.db.DatabaseLocation;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.support.MutableClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A file that is not a database: the window says so in one sentence and offers to quit. */
@ExtendWith(ApplicationExtension.class)
class OpenFailureWindowTest {
    @TempDir
    static Path folder;
    private Path notes;

    @Start
    void start(Stage stage) throws Exception {
        notes = Files.writeString(folder.resolve("notes.mv.db"), "这不是数据库");
        DatabaseLocation location = DatabaseLocation.parse(notes.toString());
        WindowTestSupport.show(stage, DatabaseOpener.file(location, MutableClock.atNineOnAMonday()),
                folder.resolve("prefs"), Language.CHINESE);
    }

    @Test
    void theWindowExplainsInOneSentence(FxRobot robot) throws Exception {
        assertThat(WindowTestSupport.text(robot, "#openFailedMessage"))
                .isEqualTo(notes + " 不是 SiteDesk 的数据库文件，未做任何改动。");
        assertThat(robot.lookup("#quitButton").tryQuery()).isPresent();
        assertThat(Files.readString(notes)).isEqualTo("这不是数据库");
    }
}
