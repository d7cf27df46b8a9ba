package org.sitedesk.print;

import org.sitedesk.core.CoreServices;

/** The print engine's services: saved offsets, the report engine and the printers it prints to. */
public record PrintServices(PrintOffsetService offsets, ReportEngine reports, Printers printers) {

    public static PrintServices wire(CoreServices core, Printers printers) {
        PrintOffsetService offsets = new PrintOffsetService(core.transactions(), core.audit());
        return new PrintServices(offsets, new ReportEngine(offsets), printers);
    }
}
