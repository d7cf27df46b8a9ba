package org.sitedesk.core.audit;

import org.sitedesk.core.i18n.Localizable;

/**
 * One kind of change written to the audit log. Each feature lists its own in an enum; the code is
 * stored, the message key names it on screen.
 */
public interface AuditAction extends Localizable {
    /** Stored in {@code audit_log.action_code}; never renamed once released. */
    String code();

    /** The kind of record the action changes, stored in {@code audit_log.entity_type}. */
    String entityType();
}
