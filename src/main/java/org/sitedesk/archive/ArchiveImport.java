package org.sitedesk.archive;

import static org.sitedesk.core.db.schema.Tables.ARCHIVE_DOCUMENT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.schema.tables.records.ArchiveDocumentRecord;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.FloorLabel;
import org.sitedesk.estate.HouseholdService;
import org.sitedesk.estate.ImportRefusedException;
import org.sitedesk.estate.Unit;
import org.sitedesk.estate.files.Cells;
import org.sitedesk.estate.files.FileProblem;
import org.sitedesk.estate.files.ImportKind;
import org.sitedesk.estate.files.ImportRows;
import org.sitedesk.estate.files.Table;

/**
 * Archive documents from CSV or XLSX (issue 15, item 8), columns {@code room,type,pages,level,received[,box]}
 * or {@code 房号,档案类型,页数,密级,接收日期[,档案盒]}: every row of every file is checked first and
 * nothing is written if any is wrong, each problem named by file, line and column. A row that matches
 * a document already filed (same unit, type, day received and pages) is skipped, so importing a file
 * again adds nothing. An empty level takes the type's default.
 */
public final class ArchiveImport {
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final EstateService estate;
    private final HouseholdService households;
    private final DocumentTypes types;

    public ArchiveImport(Transactions transactions, AuditLog audit, Clock clock, EstateService estate,
            HouseholdService households, DocumentTypes types) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.estate = estate;
        this.households = households;
        this.types = types;
    }

    /** What an import added (or, for a dry run, would add) and what it skipped as already filed. */
    public record Outcome(int added, int skipped) {
    }

    /** A row read and resolved; {@code key} says what makes it the same as a document already filed. */
    private record Row(Unit unit, DocumentType type, int pages, Optional<Confidentiality> level, LocalDate received,
            Optional<Box> box) {
        String key() {
            return key(unit.id(), type.id(), received, pages);
        }

        static String key(long unit, long type, LocalDate received, int pages) {
            return unit + ":" + type + ":" + received + ":" + pages;
        }
    }

    public Outcome run(Actor actor, List<Table> tables, boolean dryRun) {
        actor.require(Permission.FILE_DOCUMENTS);
        List<FileProblem> problems = new ArrayList<>();
        List<Row> rows = parse(tables, problems);
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        Set<Long> unitIds = rows.stream().map(row -> row.unit().id()).collect(Collectors.toSet());
        Map<Long, DocumentFiling.Owners> owners = new HashMap<>();
        households.currentOwners(unitIds).forEach((unit, people) -> owners.put(unit, DocumentFiling.Owners.of(people)));
        OffsetDateTime now = OffsetDateTime.now(clock);
        return transactions.inTransaction(tx -> {
            Map<String, Integer> filed = new HashMap<>();
            if (!unitIds.isEmpty()) {
                tx.select(ARCHIVE_DOCUMENT.UNIT_ID, ARCHIVE_DOCUMENT.TYPE_ID, ARCHIVE_DOCUMENT.RECEIVED_ON, ARCHIVE_DOCUMENT.PAGES)
                        .from(ARCHIVE_DOCUMENT).where(ARCHIVE_DOCUMENT.UNIT_ID.in(unitIds))
                        .forEach(record -> filed.merge(Row.key(record.value1(), record.value2(), record.value3(),
                                record.value4()), 1, Integer::sum));
            }
            Map<Long, Integer> sequences = new HashMap<>();
            List<ArchiveDocumentRecord> written = new ArrayList<>();
            int added = 0;
            int skipped = 0;
            for (Row row : rows) {
                // a file may hold the same paper twice (two ID copies the same day): each filed one skips one row
                if (filed.merge(row.key(), -1, Integer::sum) >= 0) {
                    skipped++;
                    continue;
                }
                added++;
                if (dryRun) {
                    continue;
                }
                int sequence = sequences.computeIfAbsent(row.unit().id(), unit -> DocumentRows.nextSequence(tx, unit));
                sequences.put(row.unit().id(), sequence + 1);
                DocumentFiling.Owners of = owners.getOrDefault(row.unit().id(), DocumentFiling.Owners.of(List.of()));
                written.add(DocumentRows.unsaved(tx, actor, new Filing(row.unit(), FloorLabel.order(row.unit().floor()),
                        row.type(), row.pages(), row.level().orElse(row.type().defaultLevel()), row.received(),
                        Optional.empty(), Optional.empty(), "", row.box(), of.names(), of.since()), sequence, now));
            }
            if (!written.isEmpty()) {
                DocumentRows.insertAll(tx, written, now);
            }
            if (!dryRun && added > 0) {
                audit.record(tx, actor, ArchiveAuditAction.DOCUMENTS_IMPORTED, null, "documents: " + added + "; skipped: "
                        + skipped + "; files: " + tables.stream().map(table -> fileName(table.file()))
                        .collect(Collectors.joining(",")));
            }
            return new Outcome(added, skipped);
        });
    }

    private List<Row> parse(List<Table> tables, List<FileProblem> problems) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Unit> units = new HashMap<>();
        estate.allUnits().forEach(unit -> units.put(unit.room().toString(), unit));
        Map<String, DocumentType> typesByName = new HashMap<>();
        types.active().forEach(type -> typesByName.put(type.name(), type));
        Map<String, Box> boxes = new HashMap<>();
        transactions.inTransaction(ArchiveShelves::boxes).forEach(box -> boxes.put(box.code(), box));
        List<Row> rows = new ArrayList<>();
        ImportRows.read(tables, ImportKind.ARCHIVE_DOCUMENTS, "import.archive.notDocuments", problems,
                (table, line, cells, before) -> {
                    Optional<Unit> unit = cells.room().flatMap(code -> {
                        Optional<Unit> known = Optional.ofNullable(units.get(code.toString()));
                        if (known.isEmpty()) {
                            cells.problem("room", "import.fees.unknownRoom", code);
                        }
                        return known;
                    });
                    Optional<DocumentType> type = cells.required("type").flatMap(name -> {
                        Optional<DocumentType> known = Optional.ofNullable(typesByName.get(name));
                        if (known.isEmpty()) {
                            cells.problem("type", "import.archive.unknownType", name);
                        }
                        return known;
                    });
                    Optional<Integer> pages = cells.required("pages").flatMap(text -> pages(cells, text));
                    Optional<Confidentiality> level = level(cells);
                    Optional<LocalDate> received = cells.required("received").flatMap(text -> cells.date("received"));
                    received.filter(day -> day.isAfter(today))
                            .ifPresent(day -> cells.problem("received", "error.archive.receivedInFuture", day));
                    Optional<Box> box = box(cells, boxes, unit);
                    if (problems.size() == before) {
                        rows.add(new Row(unit.orElseThrow(), type.orElseThrow(), pages.orElseThrow(), level,
                                received.orElseThrow(), box));
                    }
                });
        return rows;
    }

    private static Optional<Integer> pages(Cells cells, String text) {
        try {
            int pages = Integer.parseInt(text.trim());
            if (pages >= 1 && pages <= DocumentFiling.MAX_PAGES) {
                return Optional.of(pages);
            }
        } catch (NumberFormatException e) {
            // named below with the cell
        }
        cells.problem("pages", "import.archive.pages", text, String.valueOf(DocumentFiling.MAX_PAGES));
        return Optional.empty();
    }

    private static Optional<Confidentiality> level(Cells cells) {
        String text = cells.optional("level");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Confidentiality> level = Confidentiality.ofWord(text);
        if (level.isEmpty()) {
            cells.problem("level", "import.archive.level", text);
        }
        return level;
    }

    private static Optional<Box> box(Cells cells, Map<String, Box> boxes, Optional<Unit> unit) {
        String code = cells.optional("box").trim().toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Box box = boxes.get(code);
        if (box == null) {
            cells.problem("box", "error.archiveBox.notFound", code);
            return Optional.empty();
        }
        if (unit.isPresent() && !box.holds(unit.get().room(), FloorLabel.order(unit.get().floor()))) {
            cells.problem("box", "error.archiveBox.outsideRange", unit.get().room(), box.code(), box.range());
        }
        return Optional.of(box);
    }

    private static String fileName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }
}
