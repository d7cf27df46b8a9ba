package org.sitedesk.repair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.estate.files.TableWriter;

/**
 * 报事登记簿: one row per request with its times, whether each limit was met and the owner's
 * satisfaction, in the words of the given language, for a spreadsheet (CSV or XLSX) or a screen.
 */
public final class RequestRegister {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final ZoneId zone;

    /** Times are shown in {@code zone}, the site's clock zone. */
    public RequestRegister(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    public List<String> header() {
        return List.of("export.requests.number", "export.requests.type", "export.requests.location",
                "export.requests.category", "export.requests.priority", "export.requests.state", "export.requests.engineers",
                "export.requests.reportedAt", "export.requests.dispatchedAt", "export.requests.arrivedAt",
                "export.requests.completedAt", "export.requests.closedAt", "export.requests.arrivalInTime",
                "export.requests.completionInTime", "export.requests.satisfaction", "export.requests.reworkOf")
                .stream().map(messages::get).toList();
    }

    public List<String> row(ServiceRequest request) {
        return List.of(
                request.number(),
                messages.get(request.type()),
                request.location().name(),
                request.categoryName(),
                messages.get(request.priority()),
                messages.get(request.state()),
                request.engineerNames(),
                time(Optional.of(request.reportedAt())),
                time(request.dispatchedAt()),
                time(request.arrivedAt()),
                time(request.completion().map(Completion::at)),
                time(request.closedAt()),
                inTime(request.arrivalClock()),
                // a cancelled request's clock stops at the cancellation, which is no completion
                request.state() == RequestState.CANCELLED ? "" : inTime(request.finishClock()),
                request.visit().map(visit -> messages.get(visit.satisfaction())).orElse(""),
                request.reworkOf().orElse(""));
    }

    /** Writes the header and a row per request to {@code file} (CSV or XLSX by its ending); returns the rows. */
    public int write(Path file, List<ServiceRequest> requests) {
        try {
            TableWriter.write(file, header(), requests.stream().map(this::row).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return requests.size();
    }

    /** Yes or no once the step is done; blank while it is still to do. */
    private String inTime(ServiceClock clock) {
        if (clock.metAt().isEmpty()) {
            return "";
        }
        return messages.get(clock.metInTime() ? "value.yes" : "value.no");
    }

    private String time(Optional<Instant> instant) {
        return instant.map(at -> at.atZone(zone).format(TIME)).orElse("");
    }
}
