package org.sitedesk.core.db;

import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Runs one use case as one transaction: everything it writes, and the audit rows that describe
 * it, commit together or not at all. Exceptions thrown inside roll back and reach the caller as
 * they were thrown.
 */
public final class Transactions {
    private final DSLContext dsl;

    public Transactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    public <T> T inTransaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    public void run(Consumer<DSLContext> work) {
        dsl.transaction(configuration -> work.accept(configuration.dsl()));
    }
}
