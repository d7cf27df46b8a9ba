package org.sitedesk.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN.md fees 9: amounts in Chinese capitals as the bank rules write them. */
class ChineseCapitalsTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "0.00, 零元整",
            "0.05, 伍分",
            "0.50, 伍角",
            "0.55, 伍角伍分",
            "1.00, 壹元整",
            "10.00, 壹拾元整",
            "10.50, 壹拾元伍角",
            "15.00, 壹拾伍元整",
            "100.05, 壹佰元零伍分",
            "101.00, 壹佰零壹元整",
            "1004.00, 壹仟零肆元整",
            "1234.50, 壹仟贰佰叁拾肆元伍角",
            "1680.32, 壹仟陆佰捌拾元叁角贰分",
            "10010.01, 壹万零壹拾元零壹分",
            "100000.00, 壹拾万元整",
            "105000.00, 壹拾万伍仟元整",
            "1000000.10, 壹佰万元壹角",
            "1000100.00, 壹佰万零壹佰元整",
            "53.76, 伍拾叁元柒角陆分",
            "107000.53, 壹拾万柒仟元伍角叁分",
            "6007.14, 陆仟零柒元壹角肆分",
            "325.04, 叁佰贰拾伍元零肆分",
            "100000000.00, 壹亿元整",
            "100010000.00, 壹亿零壹万元整",
            "-25.30, 负贰拾伍元叁角",
    })
    void writesAmountsAsTheBankRulesDo(String figures, String capitals) {
        assertThat(ChineseCapitals.of(Money.of(figures))).isEqualTo(capitals);
    }
}
