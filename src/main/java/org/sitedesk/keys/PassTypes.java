package org.sitedesk.keys;

import static org.sitedesk.core.db.schema.Tables.PASS_TYPE;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.schema.tables.records.PassTypeRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * The kinds of pass, a list the site edits: each with its validity, deposit and reissue fee. The
 * deposit and the fee are prices the site publishes like its fee items, so they are changed by whoever
 * keeps the fee items ({@code MANAGE_FEES}); a kind is retired, never deleted, since old passes name it.
 */
public final class PassTypes {
    private static final int MAX_NAME = 40;
    private static final int MAX_DAYS = 36500;

    private final Transactions transactions;
    private final AuditLog audit;

    PassTypes(Transactions transactions, AuditLog audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    public List<PassType> all() {
        return transactions.inTransaction(tx -> tx.selectFrom(PASS_TYPE).orderBy(PASS_TYPE.SORT_ORDER, PASS_TYPE.TYPE_CODE)
                .fetch(PassTypes::type));
    }

    public List<PassType> active() {
        return all().stream().filter(PassType::active).toList();
    }

    /** A kind by its code ({@code ACCESS_CARD}, any case) or its name ({@code 门禁卡}). */
    public Optional<PassType> find(String codeOrName) {
        String wanted = codeOrName == null ? "" : codeOrName.trim();
        return all().stream().filter(type -> type.code().equalsIgnoreCase(wanted) || type.name().equals(wanted)).findFirst();
    }

    /** Adds a kind or changes one (its code stays); audited with what changed. */
    public PassType save(Actor actor, PassType wanted) {
        actor.require(Permission.MANAGE_FEES);
        String code = wanted.code() == null ? "" : wanted.code().trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z][A-Z0-9_]{0,19}")) {
            throw new UserFacingException("error.passType.code");
        }
        String name = KeyStore.text(wanted.name(), "error.passType.name", MAX_NAME, true);
        if (wanted.validityDays() < 1 || wanted.validityDays() > MAX_DAYS) {
            throw new UserFacingException("error.passType.validity", MAX_DAYS);
        }
        if (wanted.deposit() == null || wanted.deposit().isNegative() || wanted.reissueFee() == null
                || wanted.reissueFee().isNegative()) {
            throw new UserFacingException("error.passType.money");
        }
        return transactions.inTransaction(tx -> {
            PassTypeRecord row = tx.selectFrom(PASS_TYPE).where(PASS_TYPE.TYPE_CODE.eq(code)).forUpdate().fetchOptional()
                    .orElse(null);
            String before = row == null ? "" : summary(type(row)) + " → ";
            if (row == null) {
                row = tx.newRecord(PASS_TYPE);
                row.setTypeCode(code);
                row.setSortOrder(tx.fetchCount(PASS_TYPE) + 1);
            }
            row.setTypeName(name);
            row.setValidityDays(wanted.validityDays());
            row.setDeposit(wanted.deposit().amount());
            row.setReissueFee(wanted.reissueFee().amount());
            row.setActive(wanted.active());
            row.store();
            PassType saved = type(row);
            audit.record(tx, actor, KeyAuditAction.PASS_TYPE_SAVED, code, before + summary(saved));
            return saved;
        });
    }

    private static String summary(PassType type) {
        return "name: " + type.name() + "; days: " + type.validityDays() + "; deposit: " + type.deposit()
                + "; reissue_fee: " + type.reissueFee() + "; active: " + type.active();
    }

    private static PassType type(PassTypeRecord row) {
        return new PassType(row.getTypeCode(), row.getTypeName(), row.getValidityDays(), Money.of(row.getDeposit()),
                Money.of(row.getReissueFee()), row.getSortOrder(), row.getActive());
    }
}
