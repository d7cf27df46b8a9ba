package org.sitedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitedesk.core.audit.AuditAction;

/**
 * The audit log stores an action by its code alone (DOMAIN.md "Personal information": every access
 * to personal data is traceable), so two modules' actions must never share a code or a name.
 */
class KnownAuditActionsTest {

    @Test
    void everyModulesActionsHaveCodesAndNamesOfTheirOwn() {
        List<AuditAction> actions = KnownAuditActions.all();
        assertThat(actions.stream().map(AuditAction::code)).as("action codes").doesNotHaveDuplicates();
        assertThat(actions.stream().map(AuditAction::messageKey)).as("action names").doesNotHaveDuplicates();
    }
}
