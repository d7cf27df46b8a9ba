package org.sitedesk.lostfound;

import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM;
import static org.sitedesk.core.db.schema.Tables.LOST_REPORT;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * Found items and lost reports that may be about the same thing, shown to the clerk both ways: on
 * a found item its open lost reports, on a lost report the items still here or with the police.
 * They match when they are of the same category, their days overlap (the days the owner says it
 * was lost, and the week up to the day it was found: things lie a while before someone brings them
 * in) and their descriptions share a word ({@link CommonWords}). Best matches first: most words shared.
 */
public final class Matching {
    /** How long a lost thing may lie before it is found and brought in. */
    static final int LYING_DAYS = 7;

    private final Transactions transactions;
    private final ItemStore store;

    Matching(Transactions transactions, ItemStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    /** The open lost reports a found item may answer. */
    public List<Match> forItem(Actor actor, String itemNumber) {
        actor.require(Permission.HANDLE_LOST_AND_FOUND);
        return transactions.inTransaction(tx -> {
            Optional<FoundItem> item = ItemReader.one(tx, store.clock().getZone(),
                    FOUND_ITEM.ITEM_NUMBER.eq(ItemStore.normalized(itemNumber)));
            if (item.isEmpty()) {
                return List.<Match>of();
            }
            return best(LostReports.read(tx, LOST_REPORT.STATE.eq(ReportState.OPEN.name())
                    .and(LOST_REPORT.CATEGORY_CODE.eq(item.get().category().code()))).stream()
                    .map(report -> match(item.get(), report)).flatMap(Optional::stream).toList());
        });
    }

    /** The found items, still here or with the police, that a lost report may be about. */
    public List<Match> forReport(Actor actor, String reportNumber) {
        actor.require(Permission.HANDLE_LOST_AND_FOUND);
        return transactions.inTransaction(tx -> {
            List<LostReport> reports = LostReports.read(tx, LOST_REPORT.REPORT_NUMBER.eq(ItemStore.normalized(reportNumber)));
            if (reports.isEmpty()) {
                return List.<Match>of();
            }
            LostReport report = reports.get(0);
            return best(ItemReader.read(tx, store.clock().getZone(), FOUND_ITEM.CATEGORY_CODE.eq(report.category().code())
                    .and(FOUND_ITEM.STATE.in(ItemState.HELD.name(), ItemState.POLICE.name()))).stream()
                    .map(item -> match(item, report)).flatMap(Optional::stream).toList());
        });
    }

    /** Whether an item and a report match, with the words they share. */
    static Optional<Match> match(FoundItem item, LostReport report) {
        if (!item.category().code().equals(report.category().code()) || !daysOverlap(item.foundOn(), report)) {
            return Optional.empty();
        }
        List<String> shared = CommonWords.between(item.description() + " " + item.privateDetail(), report.description());
        return shared.isEmpty() ? Optional.empty() : Optional.of(new Match(item, report, shared));
    }

    /** The report's days against the week up to the day the item was found. */
    static boolean daysOverlap(LocalDate foundOn, LostReport report) {
        return !report.lostFrom().isAfter(foundOn) && !report.lostTo().isBefore(foundOn.minusDays(LYING_DAYS));
    }

    private static List<Match> best(List<Match> matches) {
        return matches.stream().sorted(Comparator.comparingInt((Match match) -> -match.commonWords().size())).toList();
    }
}
