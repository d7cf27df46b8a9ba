package org.sitedesk.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in yuan with exactly two decimals. Arithmetic that can produce more decimals
 * (area × rate) rounds HALF_UP once, where DOMAIN.md "Fees" says to; never a {@code double}.
 */
public final class Money implements Comparable<Money> {
    public static final int SCALE = 2;
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /** An amount that must already have at most two decimals: refuses {@code 1.005} rather than guess. */
    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new ArithmeticException("More than two decimals: " + amount.toPlainString());
        }
        return new Money(amount.setScale(SCALE, RoundingMode.UNNECESSARY));
    }

    public static Money of(String amount) {
        return of(new BigDecimal(amount.trim()));
    }

    /** Rounds HALF_UP to the fen: the one place a charge is rounded (DOMAIN.md fees 2). */
    public static Money rounded(BigDecimal exact) {
        return new Money(exact.setScale(SCALE, RoundingMode.HALF_UP));
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** {@code this × factor}, rounded HALF_UP once. */
    public Money times(BigDecimal factor) {
        return rounded(amount.multiply(factor));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount.equals(money.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** Plain figures with two decimals, {@code 1234.50}: the form of exports and the command line. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
