package org.sitedesk.app.sample;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitedesk.app.Services;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.IdType;
import org.sitedesk.lostfound.ClaimDraft;
import org.sitedesk.lostfound.DisposalWay;
import org.sitedesk.lostfound.FinderKind;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.FoundItemDraft;
import org.sitedesk.lostfound.HandOverDraft;
import org.sitedesk.lostfound.LostFoundServices;
import org.sitedesk.lostfound.LostReport;
import org.sitedesk.lostfound.LostReportDraft;
import org.sitedesk.lostfound.RegisterFilter;
import org.sitedesk.lostfound.ValueClass;

/**
 * The sample site's lost and found register: {@code lost-reports.csv} and {@code found-items.csv} give
 * each step in days before now, and every step is taken through the services on its own day (a
 * service set wired to a clock fixed there), so the register reads as a year of counter work: items
 * in every state, one due for disposal, one late for the police, a lost report matched and one
 * returned on a claim. Skipped when the register has items.
 */
final class SampleLostFound {
    private static final LocalTime STEP_TIME = LocalTime.of(10, 0);

    private final Services services;
    private final Actor actor;
    private final ZonedDateTime now;

    SampleLostFound(Services services, Actor actor) {
        this.services = services;
        this.actor = actor;
        this.now = ZonedDateTime.now(services.core().clock());
    }

    void load() {
        if (!services.lostFound().lookup().register(actor, RegisterFilter.all()).isEmpty()) {
            return;
        }
        Map<String, LostReport> reports = new HashMap<>();
        for (Map<String, String> row : SampleRows.read("lost-reports.csv")) {
            LostFoundServices then = on(day(row, "reported_days_ago").atTime(STEP_TIME));
            reports.put(row.get("key"), then.reports().log(actor, new LostReportDraft(row.get("reporter"), row.get("phone"),
                    row.get("room"), row.get("what"), row.get("category"), row.get("place"), day(row, "lost_from_days_ago"),
                    day(row, "lost_to_days_ago"))));
        }
        for (Map<String, String> row : SampleRows.read("found-items.csv")) {
            replay(row, reports);
        }
    }

    private void replay(Map<String, String> row, Map<String, LostReport> reports) {
        LocalDateTime written = day(row, "found_days_ago").atTime(LocalTime.parse(row.get("found_time")));
        // today's items were found a while before the sample is loaded, whatever the hour
        LocalDateTime foundAt = earliest(written, now.toLocalDateTime().minusMinutes(30));
        String cash = row.get("cash");
        FoundItem item = on(foundAt.plusMinutes(20)).intake().log(actor, new FoundItemDraft(row.get("what"), row.get("private"),
                row.get("category"), row.get("place"), foundAt, row.get("finder"), row.get("finder_phone"),
                FinderKind.valueOf(upper(row.get("finder_kind"))), row.get("storage"),
                ValueClass.valueOf(upper(row.get("value"))), cash.isEmpty() ? Optional.empty() : Optional.of(Money.of(cash)),
                row.get("witness"), Optional.empty()));
        if (!row.get("notice_days_ago").isEmpty()) {
            LocalDate posted = day(row, "notice_days_ago");
            on(posted.atTime(STEP_TIME)).notices().post(actor, List.of(item.number()), posted);
        }
        String outcome = row.get("outcome");
        if (outcome.equals("held")) {
            return;
        }
        LocalDate when = day(row, "outcome_days_ago");
        LostFoundServices then = on(when.atTime(STEP_TIME));
        switch (outcome) {
            case "claimed" -> then.claims().claim(actor, item.number(), new ClaimDraft(row.get("claimant"),
                    IdType.ofWord(row.get("id_type")).orElseThrow(), row.get("id_number"), "", row.get("proof"), "", "",
                    Optional.ofNullable(reports.get(row.get("report"))).map(LostReport::id)));
            case "police" -> then.handOvers().handOver(actor, List.of(item.number()), new HandOverDraft(row.get("station"),
                    row.get("officer"), row.get("officer_number"), when));
            case "disposed" -> then.disposals().dispose(actor, item.number(),
                    DisposalWay.ofWord(row.get("disposal")).orElseThrow(), row.get("note"));
            default -> throw new IllegalStateException("Sample found item with unknown outcome " + outcome);
        }
    }

    /** Lost and found as it was at {@code local} (or now, if that is later today): the same database, a clock fixed then. */
    private LostFoundServices on(LocalDateTime local) {
        Instant instant = earliest(local, now.toLocalDateTime()).atZone(now.getZone()).toInstant();
        return Services.wire(services.core().database(), Clock.fixed(instant, now.getZone()), services.print().printers())
                .lostFound();
    }

    private static LocalDateTime earliest(LocalDateTime first, LocalDateTime second) {
        return first.isBefore(second) ? first : second;
    }

    private LocalDate day(Map<String, String> row, String column) {
        return now.toLocalDate().minusDays(Long.parseLong(row.get(column)));
    }

    private static String upper(String word) {
        return word.trim().toUpperCase(Locale.ROOT);
    }
}
