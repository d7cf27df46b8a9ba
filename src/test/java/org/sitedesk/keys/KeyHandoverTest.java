package org.sitedesk.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.settings.SiteSettings;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Role;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.KeysFixture;
import org.sitedesk.support.TestDatabase;

/**
 * Issue 16 item 1, 交房: a unit's keys go to the new owner with a count each, leave their hooks, and
 * the key handover form prints what was counted; a key out comes back first.
 */
class KeyHandoverTest {
    private static final Messages CHINESE = new Messages(Language.CHINESE);

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
        db.services.core().siteSettings().save(admin, new SiteSettings("翠湖花园物业服务中心", "0571-87654321"));
        clerk = db.userWithRole("xiao", Role.CLERK);
        unit = new EstateFixture(db).unit("3-2-1502", "15", "89.75");
        keys = new KeysFixture(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theUnitsKeysAreCountedOutToTheNewOwnerAndTheFormPrints() throws Exception {
        CabinetKey door = keys.unitKey(unit, "3-2-1502", 7, 3);
        CabinetKey mailbox = keys.unitKey(unit, "3-2-1502", 8, 2);
        CabinetKey pumps = keys.areaKey("1号楼水泵房", 9);

        KeyHandover handover = db.services.keys().handovers().handOver(clerk, unit, "李四",
                Map.of(door.id(), 3, mailbox.id(), 1), "信报箱钥匙少一把，已告知业主");

        assertThat(handover.room()).isEqualTo("3-2-1502");
        assertThat(handover.copiesHanded()).isEqualTo(4);
        assertThat(handover.keys()).extracting(HandedKey::number, HandedKey::copiesOnRecord, HandedKey::copiesHanded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("K0001", 3, 3), org.assertj.core.groups.Tuple.tuple("K0002", 2, 1));
        assertThat(db.services.keys().lookup().ofUnit(clerk, unit)).allSatisfy(key -> {
            assertThat(key.state()).isEqualTo(KeyState.HANDED_OVER);
            assertThat(key.hook()).isEmpty();
        });
        assertThat(db.services.keys().lookup().held(clerk)).extracting(CabinetKey::id).containsExactly(pumps.id());
        assertThat(db.services.keys().handovers().latest(unit)).hasValue(handover);

        PrintStamp stamp = PrintStamp.of(db.services.core().siteSettings().load(), clerk, LocalDateTime.now(db.clock), CHINESE);
        byte[] pdf = db.services.print().reports().pdf(KeyHandoverForm.of(handover, stamp, CHINESE, db.clock.getZone()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("翠湖花园物业服务中心", "钥匙交接单", "房号：3-2-1502",
                    "接收人（业主）：李四", "交接时间：2026-11-23 09:00", "K0001", "K0002", "登记 2 把，实交 1 把",
                    "共 2 把钥匙（组），实交 4 把", "信报箱钥匙少一把", "业主签名", "移交人签名");
        }
    }

    @Test
    void everyKeyIsCountedAndAKeyOutComesBackFirst() {
        CabinetKey door = keys.unitKey(unit, "3-2-1502", 7, 3);
        CabinetKey mailbox = keys.unitKey(unit, "3-2-1502", 8, 2);
        int auditRows = db.auditRows();

        assertThatThrownBy(() -> db.services.keys().handovers().handOver(clerk, unit, "李四", Map.of(door.id(), 3), ""))
                .hasMessageContaining("error.handover.count");
        assertThatThrownBy(() -> db.services.keys().handovers().handOver(clerk, unit, " ", Map.of(door.id(), 3,
                mailbox.id(), 2), "")).hasMessageContaining("error.handover.receivedBy");
        db.services.keys().lending().lend(clerk, mailbox.id(), keys.toEngineer());
        assertThatThrownBy(() -> db.services.keys().handovers().handOver(clerk, unit, "李四", Map.of(door.id(), 3,
                mailbox.id(), 2), "")).hasMessageContaining("error.handover.keyOut");

        assertThat(db.auditRows()).as("only the loan was written").isEqualTo(auditRows + 1);
        assertThat(db.services.keys().lookup().key(clerk, "K0001").orElseThrow().state()).isEqualTo(KeyState.IN_CABINET);
        long otherUnit = new EstateFixture(db).unit("3-2-1501", "15", "120.00");
        assertThatThrownBy(() -> db.services.keys().handovers().handOver(clerk, otherUnit, "王五", Map.of(), ""))
                .hasMessageContaining("error.handover.noKeys");
    }
}
