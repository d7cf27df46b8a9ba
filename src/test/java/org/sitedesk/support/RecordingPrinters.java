package org.sitedesk.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitedesk.print.Printers;
import org.sitedesk.print.RenderedPrintout;

/** Two printers that keep what they were sent, for screen tests on machines with no printer. */
public final class RecordingPrinters extends Printers {
    public static final String COUNTER = "柜台打印机";
    public static final String DOT_MATRIX = "针式打印机";

    private final List<Job> jobs = new ArrayList<>();

    /** One print request: the printout, the printer and the copies asked for. */
    public record Job(RenderedPrintout printout, String printer, int copies) {
    }

    @Override
    public List<String> names() {
        return List.of(DOT_MATRIX, COUNTER);
    }

    @Override
    public Optional<String> defaultName() {
        return Optional.of(COUNTER);
    }

    @Override
    public synchronized void print(RenderedPrintout printout, String printer, int copies) {
        jobs.add(new Job(printout, printer, copies));
    }

    public synchronized List<Job> jobs() {
        return List.copyOf(jobs);
    }
}
