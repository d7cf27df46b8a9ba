package org.sitedesk.archive;

import org.sitedesk.core.i18n.Localizable;

/** A loan in the lending register: out, out past its day, back, or back with a different page count. */
public enum LoanState implements Localizable {
    OUT("loanState.out"),
    OVERDUE("loanState.overdue"),
    RETURNED("loanState.returned"),
    PAGES_DIFFER("loanState.pagesDiffer");

    private final String messageKey;

    LoanState(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
