package org.sitedesk.repair;

import static org.sitedesk.core.db.schema.Tables.REPAIR_CATEGORY;
import static org.sitedesk.core.db.schema.Tables.SERVICE_REQUEST;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.impl.DSL;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * 服务统计: a month's service figures per engineer, per category and for the estate, measured
 * against the site's targets (DOMAIN.md "Repair service levels").
 *
 * <p>Only repairs and complaints count (enquiries, suggestions and praise are answered, not
 * worked), and never a cancelled request. Months and days are calendar months and days in the
 * site's zone. A request belongs to a month in two ways, each figure naming which:
 * <ul>
 * <li>by its <b>report</b>, when it was logged in the month: requests, on-time arrival, on-time
 * completion and complaints answered the same day;</li>
 * <li>by its <b>completion</b>, when its work was recorded done in the month, whenever it was
 * reported: rework, return visits and satisfaction.</li>
 * </ul>
 *
 * <p>The figures:
 * <ul>
 * <li><b>requests</b>: repairs and complaints reported in the month;</li>
 * <li><b>on-time arrival</b>: of those whose arrival clock has a result (met, in time or late, or
 * not met and overdue now), the share met in time; a complaint's arrival is its reply. A clock
 * still running in time, or on hold, has no result yet and is left out;</li>
 * <li><b>on-time completion</b>: the same with the finish clock;</li>
 * <li><b>rework</b>: repairs completed in the month that came back (a request, not cancelled,
 * names them as the repair it reworks) over repairs completed in the month. A rework counts
 * against the original's engineers and category, not against whoever does the rework; a repair
 * that came back twice counts once;</li>
 * <li><b>return visits</b>: repairs and complaints completed in the month with a return visit,
 * over those completed;</li>
 * <li><b>satisfaction</b>: of those visits, the share satisfied (满意 or better);</li>
 * <li><b>complaints answered the same day</b>: complaints reported in the month replied on the
 * day they were reported, over those replied or whose day is over (one reported today and not yet
 * answered is left out until it is answered or the day ends).</li>
 * </ul>
 * A request with several engineers counts in each one's row, and one not yet dispatched in no
 * engineer's row, so the engineers' rows need not add up to the estate; the categories' rows do.
 * "Now" is the clock's instant, so figures of the running month (and late clocks of earlier
 * months) move as work is done.
 */
public final class ServiceFigures {
    private final Transactions transactions;
    private final Clock clock;

    public ServiceFigures(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public MonthFigures month(Actor actor, YearMonth month) {
        actor.require(Permission.LOG_REQUESTS);
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        TimeSpan span = TimeSpan.month(month, zone);
        org.sitedesk.core.db.schema.tables.ServiceRequest completed = SERVICE_REQUEST.as("completed");
        Read read = transactions.inTransaction(tx -> new Read(
                RequestReader.read(tx, span.covers(SERVICE_REQUEST.REPORTED_AT).or(span.covers(SERVICE_REQUEST.COMPLETED_AT))),
                RequestReader.read(tx, SERVICE_REQUEST.REWORK_OF.in(DSL.select(completed.ID).from(completed)
                        .where(span.covers(completed.COMPLETED_AT)))),
                ServiceTargets.of(RepairSettingsService.load(tx)),
                tx.select(REPAIR_CATEGORY.CODE).from(REPAIR_CATEGORY).orderBy(REPAIR_CATEGORY.SORT_ORDER, REPAIR_CATEGORY.CODE)
                        .fetch(REPAIR_CATEGORY.CODE)));
        Set<String> cameBack = read.reworks().stream().filter(rework -> rework.state() != RequestState.CANCELLED)
                .flatMap(rework -> rework.reworkOf().stream()).collect(Collectors.toSet());

        FigureTally estate = new FigureTally("");
        Map<Long, FigureTally> engineers = new HashMap<>();
        Map<String, FigureTally> categories = new HashMap<>();
        for (ServiceRequest request : read.requests()) {
            if (!request.type().worked() || request.state() == RequestState.CANCELLED) {
                continue;
            }
            List<FigureTally> rows = new ArrayList<>();
            rows.add(estate);
            rows.add(categories.computeIfAbsent(request.categoryCode(), code -> new FigureTally(request.categoryName())));
            for (EngineerRef engineer : request.engineers()) {
                rows.add(engineers.computeIfAbsent(engineer.id(), id -> new FigureTally(engineer.name())));
            }
            if (span.contains(request.reportedAt())) {
                rows.forEach(row -> row.countReported(request, now, zone));
            }
            if (request.completion().map(done -> span.contains(done.at())).orElse(false)) {
                rows.forEach(row -> row.countCompleted(request, cameBack.contains(request.number())));
            }
        }
        Collator chinese = Collator.getInstance(Locale.CHINA);
        List<FigureRow> engineerRows = engineers.values().stream().map(FigureTally::row)
                .sorted(Comparator.comparing(FigureRow::name, chinese)).toList();
        Map<String, FigureTally> inListOrder = new LinkedHashMap<>();
        read.categoryOrder().stream().filter(categories::containsKey).forEach(code -> inListOrder.put(code, categories.get(code)));
        List<FigureRow> categoryRows = inListOrder.values().stream().map(FigureTally::row).toList();
        return new MonthFigures(month, read.targets(), engineerRows, categoryRows, estate.row());
    }

    /** Today on the board: logged, completed, still open, and the open requests overdue now. */
    public RepairDay today(Actor actor) {
        actor.require(Permission.LOG_REQUESTS);
        Instant now = clock.instant();
        TimeSpan today = TimeSpan.day(LocalDate.now(clock), clock.getZone());
        List<ServiceRequest> found = transactions.inTransaction(tx -> RequestReader.read(tx,
                SERVICE_REQUEST.STATE.notIn(RequestState.CLOSED.name(), RequestState.CANCELLED.name())
                        .or(today.covers(SERVICE_REQUEST.REPORTED_AT))
                        .or(today.covers(SERVICE_REQUEST.COMPLETED_AT))));
        int logged = (int) found.stream().filter(request -> today.contains(request.reportedAt())).count();
        int completedToday = (int) found.stream()
                .filter(request -> request.completion().map(done -> today.contains(done.at())).orElse(false)).count();
        int open = (int) found.stream().filter(request -> request.state().open()).count();
        List<RepairDay.Overdue> overdue = found.stream().filter(request -> request.overdue(now))
                .map(request -> new RepairDay.Overdue(request, request.runningClock().orElseThrow().remaining(now).negated()))
                .sorted(Comparator.comparing(RepairDay.Overdue::by).reversed())
                .toList();
        return new RepairDay(logged, completedToday, open, overdue);
    }

    /** What one transaction reads for a month. */
    private record Read(List<ServiceRequest> requests, List<ServiceRequest> reworks, ServiceTargets targets,
            List<String> categoryOrder) {
    }
}
