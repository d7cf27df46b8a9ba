package org.sitedesk.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money to the fen; rounding HALF_UP once (DOMAIN.md fees 2). */
class MoneyTest {
    @Test
    void areaTimesRateRoundsHalfUpOnce() {
        // 89.75 m² × ¥0.60 = 53.85; 88.88 × 0.55 = 48.884 → 48.88; 10.25 × 0.30 = 3.075 → 3.08
        assertThat(Money.of("89.75").times(new BigDecimal("0.60"))).isEqualTo(Money.of("53.85"));
        assertThat(Money.of("88.88").times(new BigDecimal("0.55"))).isEqualTo(Money.of("48.88"));
        assertThat(Money.of("10.25").times(new BigDecimal("0.30"))).isEqualTo(Money.of("3.08"));
    }

    @Test
    void amountsAlwaysHaveTwoDecimals() {
        assertThat(Money.of("10").toString()).isEqualTo("10.00");
        assertThat(Money.of("0.1").plus(Money.of("0.2"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("100.05").minus(Money.of("100.05")).isZero()).isTrue();
    }

    @Test
    void anAmountWithMoreThanTwoDecimalsIsRefusedNotGuessed() {
        assertThatThrownBy(() -> Money.of("1.005")).isInstanceOf(ArithmeticException.class);
        assertThat(Money.of("1.500")).isEqualTo(Money.of("1.50"));
    }
}
