package org.sitedesk.renovation;

import org.sitedesk.core.i18n.Localizable;

/**
 * Where an application stands, from 申请 to 已退押金 (issue 18 item 8), with the ways it ends early:
 * 已驳回, 停工 and 已撤销.
 */
public enum RenovationState implements Localizable {
    APPLIED("renovation.state.applied"),
    SUBMITTED("renovation.state.submitted"),
    APPROVED("renovation.state.approved"),
    IN_PROGRESS("renovation.state.inProgress"),
    RECTIFYING("renovation.state.rectifying"),
    AWAITING_ACCEPTANCE("renovation.state.awaitingAcceptance"),
    ACCEPTED("renovation.state.accepted"),
    REFUNDED("renovation.state.refunded"),
    REJECTED("renovation.state.rejected"),
    STOPPED("renovation.state.stopped"),
    CANCELLED("renovation.state.cancelled");

    private final String messageKey;

    RenovationState(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** A permit has been issued and the works are running: workers may be added, inspections recorded. */
    public boolean underWay() {
        return this == IN_PROGRESS || this == RECTIFYING || this == AWAITING_ACCEPTANCE;
    }

    /** Still being applied for: the checklist may change. */
    public boolean beforeReview() {
        return this == APPLIED || this == SUBMITTED;
    }
}
