package org.sitedesk.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.ImportRefusedException;
import org.sitedesk.estate.UnitType;
import org.sitedesk.estate.files.Cells;
import org.sitedesk.estate.files.FileProblem;
import org.sitedesk.estate.files.ImportKind;
import org.sitedesk.estate.files.ImportRows;
import org.sitedesk.estate.files.Table;

/**
 * Fee items from files in the DESIGN.md format ({@code code,name,basis,rate,applies_to[,from]}): every
 * row checked first, nothing written if any is wrong. {@code from} is the month the row takes effect,
 * empty for the month the caller gives (this month). A new code starts then; a known code with
 * another rate gets that rate then; a known code with its rate is left alone, or starts earlier when
 * {@code from} is before its first month at its first rate (a site taking over bills the months
 * before it started with SiteDesk).
 */
public final class FeeItemImport {
    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("uuuu-M").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M").withResolverStyle(ResolverStyle.STRICT);

    private final Transactions transactions;
    private final AuditLog audit;
    private final FeeItemService items;

    public FeeItemImport(Transactions transactions, AuditLog audit, FeeItemService items) {
        this.transactions = transactions;
        this.audit = audit;
        this.items = items;
    }

    /**
     * What an import did or, for a dry run, would do; {@code months} are the distinct months the rows
     * take effect, earliest first.
     */
    public record Outcome(int created, int rateChanged, int startedEarlier, int unchanged, List<YearMonth> months) {
    }

    /** A row read: the item it gives and where to point when it does not fit the items there are. */
    private record Row(FeeItemDraft draft, Cells cells, boolean fromGiven) {
        void problem(String key, Object... arguments) {
            cells.problem(fromGiven ? "from" : "rate", key, arguments);
        }
    }

    /** Reads, checks and, unless {@code dryRun}, writes; rows without a month take effect in {@code thisMonth}. */
    public Outcome run(Actor actor, List<Table> tables, YearMonth thisMonth, boolean dryRun) {
        actor.require(Permission.MANAGE_FEES);
        List<FileProblem> problems = new ArrayList<>();
        List<Row> rows = parse(tables, thisMonth, problems);
        Map<String, List<FeeItem>> periods = new HashMap<>();
        items.all().forEach(item -> periods.computeIfAbsent(item.code(), code -> new ArrayList<>()).add(item));
        List<FeeItemDraft> created = new ArrayList<>();
        List<FeeItemDraft> changed = new ArrayList<>();
        List<FeeItemDraft> earlier = new ArrayList<>();
        int unchanged = 0;
        for (Row row : rows) {
            FeeItemDraft draft = row.draft();
            List<FeeItem> known = periods.getOrDefault(draft.code(), List.of());
            Optional<FeeItem> open = known.stream().filter(item -> item.validTo().isEmpty()).findFirst();
            if (open.isEmpty()) {
                created.add(draft);
                continue;
            }
            FeeItem first = known.get(0);
            boolean sameRate = open.get().rate().compareTo(draft.rate()) == 0;
            YearMonth from = draft.validFrom();
            if (!from.isBefore(open.get().validFrom()) && sameRate) {
                unchanged++;
            } else if (from.isAfter(open.get().validFrom())) {
                changed.add(draft);
            } else if (from.isBefore(first.validFrom()) && first.rate().compareTo(draft.rate()) == 0) {
                earlier.add(draft);
            } else if (from.isBefore(first.validFrom())) {
                row.problem("import.fees.earlierRate", draft.code(), first.validFrom(), first.rate().toPlainString());
            } else {
                row.problem("error.fees.rateFrom", open.get().validFrom());
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        List<YearMonth> months = rows.stream().map(row -> row.draft().validFrom()).distinct().sorted().toList();
        Outcome outcome = new Outcome(created.size(), changed.size(), earlier.size(), unchanged, months);
        if (dryRun || created.size() + changed.size() + earlier.size() == 0) {
            return outcome;
        }
        transactions.run(tx -> {
            for (FeeItemDraft draft : created) {
                items.insert(tx, draft);
            }
            for (FeeItemDraft draft : changed) {
                items.changeRate(tx, draft.code(), draft.rate(), draft.validFrom());
            }
            for (FeeItemDraft draft : earlier) {
                items.startEarlier(tx, draft.code(), draft.validFrom());
            }
            audit.record(tx, actor, FeeAuditAction.FEE_ITEMS_IMPORTED, null, "created: " + created.size()
                    + "; rate_changed: " + changed.size() + "; started_earlier: " + earlier.size() + "; from: "
                    + months.stream().map(YearMonth::toString).collect(Collectors.joining(",")));
        });
        return outcome;
    }

    private static List<Row> parse(List<Table> tables, YearMonth thisMonth, List<FileProblem> problems) {
        List<Row> rows = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        ImportRows.read(tables, ImportKind.FEE_ITEMS, "import.fees.notFeeItems", problems, (table, row, cells, before) -> {
            Optional<String> code = cells.required("code");
            Optional<String> name = cells.required("name");
            Optional<FeeBasis> basis = cells.required("basis").flatMap(text -> {
                Optional<FeeBasis> parsed = FeeBasis.ofWord(text);
                if (parsed.isEmpty()) {
                    cells.problem("basis", "import.fees.basisUnknown", text);
                }
                return parsed;
            });
            Optional<BigDecimal> rate = cells.required("rate").flatMap(text -> {
                try {
                    return Optional.of(new BigDecimal(text));
                } catch (NumberFormatException e) {
                    cells.problem("rate", "import.fees.rateForm", text);
                    return Optional.empty();
                }
            });
            Optional<Set<UnitType>> types = cells.required("applies_to").flatMap(text -> types(cells, text));
            String fromText = cells.optional("from");
            Optional<YearMonth> from = fromText.isEmpty() ? Optional.of(thisMonth) : month(fromText);
            if (from.isEmpty()) {
                cells.problem("from", "import.fees.fromForm", fromText);
            }
            if (problems.size() > before) {
                return;
            }
            try {
                FeeItemDraft draft = FeeItemService.validate(new FeeItemDraft(code.orElseThrow(), name.orElseThrow(),
                        basis.orElseThrow(), rate.orElseThrow(), types.orElseThrow(), from.orElseThrow()));
                String first = seen.putIfAbsent(draft.code(), table.file() + ":" + row.line());
                if (first != null) {
                    cells.problem("code", "import.fees.duplicateCode", draft.code(), first);
                } else {
                    rows.add(new Row(draft, cells, !fromText.isEmpty()));
                }
            } catch (UserFacingException e) {
                problems.add(new FileProblem(table.file(), row.line(), 1, e.messageKey(), e.arguments()));
            }
        });
        return rows;
    }

    /**
     * {@code 2026-09} or {@code 2026/9}; also the first of a month as a full date, since a spreadsheet
     * turns a typed month into that date. Any other day is refused rather than guessed at.
     */
    static Optional<YearMonth> month(String text) {
        for (DateTimeFormatter format : List.of(DASHED, SLASHED)) {
            try {
                return Optional.of(YearMonth.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        try {
            LocalDate day = LocalDate.parse(text);
            return day.getDayOfMonth() == 1 ? Optional.of(YearMonth.from(day)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Set<UnitType>> types(Cells cells, String text) {
        Set<UnitType> types = EnumSet.noneOf(UnitType.class);
        for (String word : text.split("[|,;、/\\s]+")) {
            if (word.isBlank()) {
                continue;
            }
            Optional<UnitType> type = UnitType.ofWord(word);
            if (type.isEmpty()) {
                cells.problem("applies_to", "import.unit.typeUnknown", word);
                return Optional.empty();
            }
            type.ifPresent(types::add);
        }
        return Optional.of(types);
    }
}
