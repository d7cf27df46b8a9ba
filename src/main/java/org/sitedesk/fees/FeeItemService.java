package org.sitedesk.fees;

import static org.sitedesk.core.db.schema.Tables.FEE_ITEM;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.schema.tables.records.FeeItemRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.UnitType;

/**
 * 收费项目: creating items, changing a rate from a month on (the old rate stays on the months it
 * billed), ending an item. Every change is audited.
 */
public final class FeeItemService {
    private static final int MAX_NAME = 60;

    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public FeeItemService(Transactions transactions, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every rate period of every item, by code and then from the oldest. */
    public List<FeeItem> all() {
        return transactions.inTransaction(tx -> tx.selectFrom(FEE_ITEM).orderBy(FEE_ITEM.ITEM_CODE, FEE_ITEM.VALID_FROM)
                .fetch(FeeItemService::toItem));
    }

    /** The items billed for {@code month}, each at the rate it has then. */
    public List<FeeItem> validIn(YearMonth month) {
        return all().stream().filter(item -> item.validIn(month)).toList();
    }

    public FeeItem create(Actor actor, FeeItemDraft draft) {
        actor.require(Permission.MANAGE_FEES);
        FeeItemDraft clean = validate(draft);
        return transactions.inTransaction(tx -> {
            FeeItem created = insert(tx, clean);
            audit.record(tx, actor, FeeAuditAction.FEE_ITEM_CREATED, created.code(), "item: " + created.name()
                    + "; basis: " + created.basis().name() + "; rate: " + created.rate().toPlainString()
                    + "; from: " + created.validFrom());
            return created;
        });
    }

    /** Inserts inside the caller's transaction; refuses a code that is open at or after the start month. */
    FeeItem insert(DSLContext tx, FeeItemDraft clean) {
        boolean clash = tx.fetchExists(FEE_ITEM, FEE_ITEM.ITEM_CODE.eq(clean.code())
                .and(FEE_ITEM.VALID_TO.isNull().or(FEE_ITEM.VALID_TO.ge(clean.validFrom().atDay(1)))));
        if (clash) {
            throw new UserFacingException("error.fees.itemExists", clean.code());
        }
        FeeItemRecord row = tx.newRecord(FEE_ITEM);
        row.setItemCode(clean.code());
        row.setItemName(clean.name());
        row.setBasis(clean.basis().name());
        row.setRate(clean.rate());
        row.setAppliesTo(words(clean.appliesTo()));
        row.setValidFrom(clean.validFrom().atDay(1));
        row.setCreatedAt(OffsetDateTime.now(clock));
        row.store();
        return toItem(row);
    }

    /** The new rate applies from {@code from}; the current period ends the month before. */
    public FeeItem changeRate(Actor actor, String code, BigDecimal rate, YearMonth from) {
        actor.require(Permission.MANAGE_FEES);
        BigDecimal cleanRate = rate(rate);
        return transactions.inTransaction(tx -> {
            BigDecimal old = open(tx, code).getRate();
            FeeItem changed = changeRate(tx, code, cleanRate, from);
            audit.record(tx, actor, FeeAuditAction.FEE_RATE_CHANGED, code, "rate: " + old.toPlainString() + " → "
                    + cleanRate.toPlainString() + "; from: " + from);
            return changed;
        });
    }

    /** Inside the caller's transaction: closes the open period the month before {@code from}. */
    FeeItem changeRate(DSLContext tx, String code, BigDecimal rate, YearMonth from) {
        FeeItemRecord current = open(tx, code);
        YearMonth currentFrom = YearMonth.from(current.getValidFrom());
        if (!from.isAfter(currentFrom)) {
            throw new UserFacingException("error.fees.rateFrom", currentFrom.toString());
        }
        current.setValidTo(from.minusMonths(1).atEndOfMonth());
        current.store();
        FeeItem item = toItem(current);
        return insert(tx, new FeeItemDraft(item.code(), item.name(), item.basis(), rate, item.appliesTo(), from));
    }

    /**
     * Inside the caller's transaction: the item's first rate period starts at {@code from} instead.
     * Nothing was billed for the item before its first month, so no charge changes its rate.
     */
    FeeItem startEarlier(DSLContext tx, String code, YearMonth from) {
        FeeItemRecord first = tx.selectFrom(FEE_ITEM).where(FEE_ITEM.ITEM_CODE.eq(code)).orderBy(FEE_ITEM.VALID_FROM)
                .forUpdate().fetch().stream().findFirst().orElseThrow(() -> new UserFacingException("error.fees.noItem", code));
        if (!from.isBefore(YearMonth.from(first.getValidFrom()))) {
            throw new IllegalArgumentException("Not earlier than " + first.getValidFrom() + ": " + from);
        }
        first.setValidFrom(from.atDay(1));
        first.store();
        return toItem(first);
    }

    /** No more charges for the item after {@code lastMonth}. */
    public FeeItem end(Actor actor, String code, YearMonth lastMonth) {
        actor.require(Permission.MANAGE_FEES);
        return transactions.inTransaction(tx -> {
            FeeItemRecord current = open(tx, code);
            if (lastMonth.isBefore(YearMonth.from(current.getValidFrom()))) {
                throw new UserFacingException("error.fees.endBeforeStart", YearMonth.from(current.getValidFrom()).toString());
            }
            current.setValidTo(lastMonth.atEndOfMonth());
            current.store();
            audit.record(tx, actor, FeeAuditAction.FEE_ITEM_ENDED, code, "last_month: " + lastMonth);
            return toItem(current);
        });
    }

    /**
     * The items in force this month in the import format, each with the month its rate started, so
     * the file imports back unchanged.
     */
    public int export(java.nio.file.Path file) {
        List<List<String>> rows = validIn(currentMonth()).stream().map(item -> List.of(item.code(), item.name(),
                item.basis().word(), item.rate().toPlainString(), item.appliesTo().stream().sorted()
                        .map(UnitType::englishWord).collect(Collectors.joining("|")), item.validFrom().toString())).toList();
        try {
            org.sitedesk.estate.files.TableWriter.write(file,
                    org.sitedesk.estate.files.ImportKind.FEE_ITEMS.englishHeader(), rows);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows.size();
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    private static FeeItemRecord open(DSLContext tx, String code) {
        return tx.selectFrom(FEE_ITEM).where(FEE_ITEM.ITEM_CODE.eq(code == null ? "" : code.trim()))
                .and(FEE_ITEM.VALID_TO.isNull()).forUpdate().fetchOptional()
                .orElseThrow(() -> new UserFacingException("error.fees.noItem", code));
    }

    static FeeItemDraft validate(FeeItemDraft draft) {
        String code = draft.code() == null ? "" : draft.code().trim().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9_-]{1,20}")) {
            throw new UserFacingException("error.fees.itemCode");
        }
        String name = draft.name() == null ? "" : draft.name().trim();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new UserFacingException("error.fees.itemName", MAX_NAME);
        }
        if (draft.basis() == null) {
            throw new UserFacingException("error.fees.basis");
        }
        if (draft.appliesTo() == null || draft.appliesTo().isEmpty()) {
            throw new UserFacingException("error.fees.appliesTo");
        }
        if (draft.validFrom() == null) {
            throw new UserFacingException("error.fees.validFrom");
        }
        return new FeeItemDraft(code, name, draft.basis(), rate(draft.rate()), draft.appliesTo(), draft.validFrom());
    }

    private static BigDecimal rate(BigDecimal rate) {
        if (rate == null || rate.signum() < 0 || rate.stripTrailingZeros().scale() > 4
                || rate.compareTo(new BigDecimal("99999999")) > 0) {
            throw new UserFacingException("error.fees.rate");
        }
        return rate.setScale(4);
    }

    static FeeItem toItem(FeeItemRecord row) {
        Set<UnitType> types = EnumSet.noneOf(UnitType.class);
        Arrays.stream(row.getAppliesTo().split(",")).map(UnitType::ofWord).flatMap(Optional::stream).forEach(types::add);
        return new FeeItem(row.getId(), row.getItemCode(), row.getItemName(), FeeBasis.valueOf(row.getBasis()),
                row.getRate().stripTrailingZeros().scale() < 2 ? row.getRate().setScale(2) : row.getRate().stripTrailingZeros(),
                types, YearMonth.from(row.getValidFrom()),
                Optional.ofNullable(row.getValidTo()).map(YearMonth::from));
    }

    private static String words(Set<UnitType> types) {
        return types.stream().sorted().map(UnitType::englishWord).collect(Collectors.joining(","));
    }
}
