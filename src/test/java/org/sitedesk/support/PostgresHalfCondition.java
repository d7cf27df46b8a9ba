package org.sitedesk.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the whole PostgreSQL half of the build, saying why, when no server is given; registered for
 * every test class through the service loader (junit-platform.properties turns that on).
 */
public final class PostgresHalfCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestDatabases.onH2() || TestDatabases.serverGiven()) {
            return ConditionEvaluationResult.enabled("database given");
        }
        return ConditionEvaluationResult.disabled("PostgreSQL half skipped: no server given (set "
                + TestDatabases.SERVER_VARIABLE + " to a jdbc:postgresql:// URL, or run .ci/run, which starts one)");
    }
}
