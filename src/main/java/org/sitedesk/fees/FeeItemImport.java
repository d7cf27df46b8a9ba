package org.sitedesk.fees;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * Fee items from files in the DESIGN.md format ({@code code,name,basis,rate,applies_to}): every row
 * checked first, nothing written if any is wrong. A new code starts in {@code from}; a known code
 * with another rate gets that rate from {@code from}; a known code with the same rate is left alone.
 */
public final class FeeItemImport {
    private final Transactions transactions;
    private final AuditLog audit;
    private final FeeItemService items;

    public FeeItemImport(Transactions transactions, AuditLog audit, FeeItemService items) {
        this.transactions = transactions;
        this.audit = audit;
        this.items = items;
    }

    /** What an import did or, for a dry run, would do. */
    public record Outcome(int created, int rateChanged, int unchanged) {
    }

    public Outcome run(Actor actor, List<Table> tables, YearMonth from, boolean dryRun) {
        actor.require(Permission.MANAGE_FEES);
        List<FileProblem> problems = new ArrayList<>();
        List<FeeItemDraft> drafts = parse(tables, from, problems);
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        Map<String, FeeItem> open = new HashMap<>();
        items.all().stream().filter(item -> item.validTo().isEmpty()).forEach(item -> open.put(item.code(), item));
        List<FeeItemDraft> created = drafts.stream().filter(draft -> !open.containsKey(draft.code())).toList();
        List<FeeItemDraft> changed = drafts.stream().filter(draft -> open.containsKey(draft.code())
                && open.get(draft.code()).rate().compareTo(draft.rate()) != 0).toList();
        Outcome outcome = new Outcome(created.size(), changed.size(), drafts.size() - created.size() - changed.size());
        if (dryRun || created.size() + changed.size() == 0) {
            return outcome;
        }
        transactions.run(tx -> {
            for (FeeItemDraft draft : created) {
                items.insert(tx, draft);
            }
            for (FeeItemDraft draft : changed) {
                items.changeRate(tx, draft.code(), draft.rate(), from);
            }
            audit.record(tx, actor, FeeAuditAction.FEE_ITEMS_IMPORTED, null, "created: " + created.size()
                    + "; rate_changed: " + changed.size() + "; from: " + from);
        });
        return outcome;
    }

    static List<FeeItemDraft> parse(List<Table> tables, YearMonth from, List<FileProblem> problems) {
        List<FeeItemDraft> drafts = new ArrayList<>();
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
            if (problems.size() > before) {
                return;
            }
            try {
                FeeItemDraft draft = FeeItemService.validate(new FeeItemDraft(code.orElseThrow(), name.orElseThrow(),
                        basis.orElseThrow(), rate.orElseThrow(), types.orElseThrow(), from));
                String first = seen.putIfAbsent(draft.code(), table.file() + ":" + row.line());
                if (first != null) {
                    cells.problem("code", "import.fees.duplicateCode", draft.code(), first);
                } else {
                    drafts.add(draft);
                }
            } catch (UserFacingException e) {
                problems.add(new FileProblem(table.file(), row.line(), 1, e.messageKey(), e.arguments()));
            }
        });
        return drafts;
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
