package org.sitedesk.print.ui;

import java.time.LocalDateTime;
import java.util.function.Function;
import javafx.stage.Window;
import org.sitedesk.core.settings.SiteSettingsService;
import org.sitedesk.core.users.Actor;
import org.sitedesk.print.PrintOffset;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printers;
import org.sitedesk.print.Printout;
import org.sitedesk.print.RenderedPrintout;
import org.sitedesk.print.ReportEngine;
import org.sitedesk.ui.BackgroundTask;
import org.sitedesk.ui.UiContext;

/**
 * How a screen prints: the printout is filled and drawn in the background (with the site's name,
 * the signed-in user and the time stamped on it), then the preview opens with the pages ready.
 * Printouts are built from the stamp's words (the site's printout language); the preview window
 * itself speaks the window's language.
 */
public final class PrintPreviews {
    /** Pages drawn at 1.5 × 72 dpi: sharp on a counter screen without a long render. */
    private static final float PREVIEW_ZOOM = 1.5f;

    private final ReportEngine reports;
    private final Printers printers;
    private final SiteSettingsService site;
    private final Actor actor;
    private final UiContext ui;

    public PrintPreviews(ReportEngine reports, Printers printers, SiteSettingsService site, Actor actor, UiContext ui) {
        this.reports = reports;
        this.printers = printers;
        this.site = site;
        this.actor = actor;
        this.ui = ui;
    }

    /** Fills and draws a printout; call it from background work, never on the FX thread. */
    public RenderedPrintout render(String title, Function<PrintStamp, Printout> printout) {
        return reports.render(title, printout.apply(stamp()), PREVIEW_ZOOM);
    }

    /** As {@link #render}, with the given offset instead of the saved one. */
    public RenderedPrintout renderWithOffset(String title, Function<PrintStamp, Printout> printout, PrintOffset offset) {
        return reports.render(title, printout.apply(stamp()), offset, PREVIEW_ZOOM);
    }

    private PrintStamp stamp() {
        return PrintStamp.of(site.load(), actor, LocalDateTime.now(ui.clock()));
    }

    /** The first printout of the day as quick as the others: templates and font loaded ahead. */
    public void warmUp() {
        reports.warmUp(stamp());
    }

    /** Renders in the background (progress in the status bar) and opens the preview over {@code owner}. */
    public void preview(Window owner, String title, Function<PrintStamp, Printout> printout) {
        ui.tasks().execute(BackgroundTask.of(progress -> render(title, printout))
                .title(ui.format("print.preparing", title))
                .onSuccess(rendered -> open(rendered, owner)));
    }

    public PrintPreview open(RenderedPrintout rendered, Window owner) {
        PrintPreview preview = new PrintPreview(rendered, ui, printers);
        preview.show(owner);
        return preview;
    }
}
