package org.sitedesk.renovation;

import java.time.LocalDate;

/** 整改通知书: what must be corrected and by when, and whether it is still open. */
public record RectificationNotice(long id, String number, String correction, LocalDate deadline, NoticeState state,
        String issuedBy, LocalDate issuedOn) {

    public boolean overdue(LocalDate today) {
        return state == NoticeState.OPEN && deadline.isBefore(today);
    }
}
