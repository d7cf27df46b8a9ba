package org.sitedesk.lostfound;

import java.time.LocalDate;

/** 处置 as recorded: how, a note, the supervisor who approved it (display name) and the day. */
public record Disposal(DisposalWay way, String note, String approvedBy, LocalDate disposedOn) {
}
