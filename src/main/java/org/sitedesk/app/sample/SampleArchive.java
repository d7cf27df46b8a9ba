package org.sitedesk.app.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitedesk.app.Services;
import org.sitedesk.archive.ArchiveDocument;
import org.sitedesk.archive.ArchiveServices;
import org.sitedesk.archive.BoxDraft;
import org.sitedesk.archive.Cabinet;
import org.sitedesk.archive.DestructionRequest;
import org.sitedesk.archive.LoanRequest;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.files.TableReader;

/**
 * The sample site's archive room: a cabinet per building of owner-file boxes (six households to a
 * box) and one of renovation boxes, the documents of most households filed through the import
 * (a few households have none yet, some lack a paper or two), two loans out (one overdue), loans
 * that came back (one a page short), and an old keys register destroyed with a witness. Loans and
 * the destruction are recorded at their own times before now. Skipped when any cabinet exists.
 */
final class SampleArchive {
    private final Services services;
    private final Actor actor;

    SampleArchive(Services services, Actor actor) {
        this.services = services;
        this.actor = actor;
    }

    void load() {
        ArchiveServices archive = services.archive();
        if (!archive.shelves().cabinets().isEmpty()) {
            return;
        }
        Map<String, Long> cabinets = new HashMap<>();
        for (Map<String, String> row : SampleRows.read("archive-boxes.csv")) {
            long cabinet = cabinets.computeIfAbsent(row.get("cabinet"),
                    code -> archive.shelves().addCabinet(actor, code, row.get("place")).id());
            archive.shelves().saveBox(actor, new BoxDraft(row.get("box"), cabinet, row.get("category"),
                    row.get("first_room"), row.get("last_room")));
        }
        try (InputStream in = SampleData.resource("archive-documents.csv")) {
            archive.imports().run(actor, List.of(TableReader.read("archive-documents.csv", in)), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StepClock clock = new StepClock(services.core().clock());
        ArchiveServices stepped = Services.wire(services.core().database(), clock, services.print().printers(),
                archive.scanStore().folder()).archive();
        Instant now = services.core().clock().instant();
        loans(stepped, clock, now);
        destruction(stepped, clock, now);
    }

    /** Out now: drawings for the engineers (due in three days) and an approval form a week overdue; two back. */
    private void loans(ArchiveServices archive, StepClock clock, Instant now) {
        lend(archive, clock, now.minus(Duration.ofDays(20)), "1-2-702", "装修申请审批表", "王建国（工程部）", "核对改动的墙体位置", 5);
        giveBack(archive, clock, now.minus(Duration.ofDays(17)), "1-2-702", "装修申请审批表", 2, "");
        lend(archive, clock, now.minus(Duration.ofDays(12)), "2-1-102", "装修图纸", "李志强（工程部）", "楼下渗水，查给排水走向", 3);
        giveBack(archive, clock, now.minus(Duration.ofDays(9)), "2-1-102", "装修图纸", 5, "少一页：第 4 页施工图未还，已催");
        lend(archive, clock, now.minus(Duration.ofDays(10)), "1-1-1003", "装修申请审批表", "李志强（工程部）", "竣工验收复核", 3);
        lend(archive, clock, now.minus(Duration.ofHours(2)), "1-3-102", "装修图纸", "赵海涛（工程部）", "电梯厅改造前核对管线", 3);
    }

    private void lend(ArchiveServices archive, StepClock clock, Instant at, String room, String type, String borrower,
            String reason, int days) {
        clock.at(at);
        archive.lending().lend(actor, document(archive, room, type).id(),
                new LoanRequest(borrower, reason, LocalDate.now(clock).plusDays(days)));
    }

    private void giveBack(ArchiveServices archive, StepClock clock, Instant at, String room, String type, int pages,
            String note) {
        clock.at(at);
        archive.lending().giveBack(actor, document(archive, room, type).id(), pages, note);
    }

    /** A keys register of 2022, kept three years, shredded a month ago with the archive manager as witness. */
    private void destruction(ArchiveServices archive, StepClock clock, Instant now) {
        clock.at(now.minus(Duration.ofDays(30)));
        ArchiveDocument keys = document(archive, "1-1-203", "钥匙领用登记表");
        archive.destructions().destroy(actor, keys.id(), new DestructionRequest("顾晓梅（档案管理员）", "碎纸机粉碎",
                "保存期满（三年）", LocalDate.now(clock)));
    }

    private ArchiveDocument document(ArchiveServices archive, String room, String type) {
        long unit = services.estate().units().unit(RoomCode.parse(room).orElseThrow()).orElseThrow().id();
        return archive.lookup().household(actor, unit).documents().stream()
                .filter(document -> document.room().toString().equals(room) && document.typeName().equals(type))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Sample archive has no " + type + " of " + room));
    }
}
