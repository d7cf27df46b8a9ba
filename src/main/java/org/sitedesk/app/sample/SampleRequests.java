package org.sitedesk.app.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sitedesk.app.Services;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.files.Table;
import org.sitedesk.estate.files.TableReader;
import org.sitedesk.estate.files.TableRow;
import org.sitedesk.repair.Channel;
import org.sitedesk.repair.CommonArea;
import org.sitedesk.repair.Completion;
import org.sitedesk.repair.Engineer;
import org.sitedesk.repair.EngineerDraft;
import org.sitedesk.repair.Location;
import org.sitedesk.repair.Priority;
import org.sitedesk.repair.RepairSettings;
import org.sitedesk.repair.RequestDraft;
import org.sitedesk.repair.RepairServices;
import org.sitedesk.repair.RequestState;
import org.sitedesk.repair.RequestType;
import org.sitedesk.repair.ReturnVisit;
import org.sitedesk.repair.Satisfaction;
import org.sitedesk.repair.ServiceRequest;
import org.sitedesk.repair.TimeLimit;
import org.sitedesk.repair.VisitWay;

/**
 * The sample site's engineers, common areas and service requests. {@code requests.csv} gives each
 * request's times in minutes before now and the column it ends in; every step is taken through
 * the services at its own time, so the board is alive whenever the sample is loaded (an emergency
 * about to run over, a request on hold, a visit that opened a rework). Skipped when requests exist.
 */
final class SampleRequests {
    private static final Duration SET_UP_BEFORE = Duration.ofDays(60);
    private final Services services;
    private final Actor actor;

    SampleRequests(Services services, Actor actor) {
        this.services = services;
        this.actor = actor;
    }

    void load(int emergencyArriveMinutes) {
        if (!services.repair().engineers().engineers().isEmpty()) {
            return;
        }
        StepClock clock = new StepClock(services.core().clock());
        Services stepped = Services.wire(services.core().database(), clock, services.print().printers());
        Instant now = services.core().clock().instant();
        // the team and the lists were set up before the first request, as on a real site
        clock.at(now.minus(SET_UP_BEFORE));
        promise(stepped, emergencyArriveMinutes);
        Map<String, Long> engineers = engineers(stepped);
        Map<String, Long> areas = new HashMap<>();
        for (Map<String, String> row : rows("common-areas.csv")) {
            CommonArea area = stepped.repair().settings().addCommonArea(actor, row.get("name"));
            areas.put(area.name(), area.id());
        }
        RepairServices repair = stepped.repair();
        for (Map<String, String> row : rows("requests.csv")) {
            replay(repair, clock, now, row, engineers, areas);
        }
    }

    /** The sample site's own promise: emergencies on site faster than the guidance's 30 minutes. */
    private void promise(Services stepped, int emergencyArriveMinutes) {
        RepairSettings current = stepped.repair().settings().load();
        List<TimeLimit> limits = new ArrayList<>();
        for (TimeLimit limit : current.limits()) {
            boolean emergencyDefault = limit.priority() == Priority.EMERGENCY
                    && limit.categoryCode().equals(TimeLimit.ANY_CATEGORY);
            limits.add(emergencyDefault ? new TimeLimit(Priority.EMERGENCY, TimeLimit.ANY_CATEGORY, emergencyArriveMinutes,
                    limit.finishMinutes()) : limit);
        }
        stepped.repair().settings().save(actor, new RepairSettings(limits, current.returnVisitDays(),
                current.reworkWindowDays(), current.reworkTargetPercent(), current.satisfactionTargetPercent()));
    }

    private Map<String, Long> engineers(Services stepped) {
        for (Map<String, String> row : rows("repair-engineers.csv")) {
            stepped.repair().engineers().save(actor, Optional.empty(), new EngineerDraft(row.get("name"), row.get("phone"),
                    row.get("skills"), "yes".equals(row.get("on_duty")), true));
        }
        Map<String, Long> byName = new HashMap<>();
        for (Engineer engineer : stepped.repair().engineers().engineers()) {
            byName.put(engineer.name(), engineer.id());
        }
        return byName;
    }

    private void replay(RepairServices repair, StepClock clock, Instant now, Map<String, String> row,
            Map<String, Long> engineers, Map<String, Long> areas) {
        Instant reported = now.minus(minutes(row, "reported_ago"));
        Function<String, Instant> after = column -> reported.plus(minutes(row, column));
        clock.at(reported);
        String place = row.get("place");
        Location location = areas.containsKey(place) ? Location.area(areas.get(place), place)
                : services.estate().units().unit(RoomCode.parse(place).orElseThrow())
                        .map(unit -> Location.unit(unit.id(), place))
                        .orElseThrow(() -> new IllegalStateException("Sample request at unknown place " + place));
        Priority priority = Priority.valueOf(upper(row.get("priority")));
        Optional<LocalDateTime> appointed = priority == Priority.APPOINTMENT
                ? Optional.of(LocalDateTime.ofInstant(after.apply("appointment_after"), clock.getZone()))
                : Optional.empty();
        ServiceRequest request = repair.intake().log(actor, new RequestDraft(RequestType.valueOf(upper(row.get("type"))),
                Channel.valueOf(upper(row.get("channel"))), location, row.get("reporter"), row.get("phone"),
                row.get("category"), row.get("description"), priority, appointed, "yes".equals(row.get("paid")),
                Optional.empty()));
        RequestState target = RequestState.valueOf(row.get("target"));
        String note = row.get("note");
        long id = request.id();
        if (target == RequestState.NEW) {
            return;
        }
        if (target == RequestState.CANCELLED) {
            clock.at(reported.plus(Duration.ofMinutes(20)));
            repair.moves().cancel(actor, id, note);
            return;
        }
        if (!request.type().worked()) {
            clock.at(reported.plus(Duration.ofMinutes(10)));
            repair.followUp().reply(actor, id, note);
            return;
        }
        clock.at(reported.plus(Duration.ofMinutes(3)));
        List<Long> team = List.of(row.get("engineers").split(",")).stream().map(name -> engineers.get(name.trim())).toList();
        repair.moves().dispatch(actor, id, team);
        if (request.type() == RequestType.COMPLAINT && !note.isEmpty()) {
            clock.at(reported.plus(Duration.ofMinutes(20)));
            repair.followUp().reply(actor, id, note);
        }
        if (!row.get("arrive_after").isEmpty()) {
            clock.at(after.apply("arrive_after"));
            repair.moves().arrive(actor, id, null);
        }
        if (target == RequestState.ON_HOLD) {
            clock.at(clock.instant().plus(Duration.ofMinutes(10)));
            repair.moves().hold(actor, id, note);
            return;
        }
        if (!row.get("done_after").isEmpty()) {
            clock.at(after.apply("done_after"));
            String charge = row.get("charge");
            Optional<Money> amount = charge.isEmpty() || "0".equals(charge) ? Optional.empty() : Optional.of(Money.of(charge));
            repair.moves().complete(actor, id, new Completion(null, row.get("work_done"), row.get("materials"),
                    Optional.of(BigDecimal.ONE), amount));
        }
        if (target == RequestState.RETURN_VISIT || target == RequestState.CLOSED) {
            repair.moves().move(actor, id, RequestState.RETURN_VISIT);
        }
        if (target == RequestState.CLOSED) {
            Instant visit = clock.instant().plus(Duration.ofDays(1));
            clock.at(visit.isBefore(now) ? visit : now);
            Satisfaction satisfaction = Satisfaction.ofScore(Integer.parseInt(row.get("satisfaction"))).orElseThrow();
            Optional<ServiceRequest> rework = repair.followUp().recordVisit(actor, id, new ReturnVisit(null, "", VisitWay.PHONE,
                    satisfaction, request.type() == RequestType.COMPLAINT ? "" : note)).rework();
            if (rework.isPresent()) {
                // the same team went back the same day: the rework is on site, its completion clock running
                clock.at(clock.instant().plus(Duration.ofMinutes(5)));
                repair.moves().dispatch(actor, rework.get().id(), team);
                clock.at(clock.instant().plus(Duration.ofMinutes(60)));
                repair.moves().arrive(actor, rework.get().id(), null);
            }
        }
    }

    private static Duration minutes(Map<String, String> row, String column) {
        return Duration.ofMinutes(Long.parseLong(row.get(column)));
    }

    private static String upper(String word) {
        return word.trim().toUpperCase(Locale.ROOT);
    }

    /** The file's rows as column → cell, by its header. */
    static List<Map<String, String>> rows(String name) {
        try (InputStream in = SampleData.resource(name)) {
            Table table = TableReader.read(name, in);
            List<String> header = table.rows().get(0).cells();
            List<Map<String, String>> rows = new ArrayList<>();
            for (TableRow row : table.rows().subList(1, table.rows().size())) {
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i).trim(), row.cell(i).trim());
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The time each sample step happens at: set before the step, read by the services it is wired
     * to. A copy in another zone reads the same moment.
     */
    private static final class StepClock extends Clock {
        private final ZoneId zone;
        private final Instant[] now;

        StepClock(Clock real) {
            this(real.getZone(), new Instant[] {real.instant()});
        }

        private StepClock(ZoneId zone, Instant[] now) {
            this.zone = zone;
            this.now = now;
        }

        void at(Instant instant) {
            now[0] = instant;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new StepClock(other, now);
        }

        @Override
        public Instant instant() {
            return now[0];
        }
    }
}
