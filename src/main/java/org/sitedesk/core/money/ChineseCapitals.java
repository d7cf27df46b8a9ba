package org.sitedesk.core.money;

/**
 * An amount in Chinese capitals (大写) as banks require them on receipts (DOMAIN.md fees 9):
 * 零壹贰叁肆伍陆柒捌玖, 拾佰仟 within a group of four digits, 万 and 亿 between groups, 元角分; "整"
 * after 元 when there are no 角 and 分; one 零 for any run of zeros between non-zero digits and
 * before 分 when there are no 角 (壹佰元零伍分). Where the rules leave the 零 optional (a zero 元 or
 * 万 digit followed by 角 or 仟) it is left out, as in the 支付结算办法's own example
 * 壹拾万柒仟元伍角叁分.
 */
public final class ChineseCapitals {
    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] IN_GROUP = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿"};

    private ChineseCapitals() {
    }

    public static String of(Money money) {
        long fen = money.amount().movePointRight(Money.SCALE).longValueExact();
        if (fen < 0) {
            return "负" + of(money.negate());
        }
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        if (yuan >= 1_0000_0000_0000L) {
            throw new IllegalArgumentException("Too large for a receipt: " + money);
        }
        StringBuilder text = new StringBuilder();
        if (yuan > 0) {
            text.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            return yuan == 0 ? "零元整" : text.append('整').toString();
        }
        if (jiao > 0) {
            text.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            text.append('零');
        }
        if (cents > 0) {
            text.append(DIGITS.charAt(cents)).append('分');
        }
        return text.toString();
    }

    private static String integer(long yuan) {
        StringBuilder text = new StringBuilder();
        boolean pendingZero = false;
        int groupCount = (Long.toString(yuan).length() + 3) / 4;
        for (int group = groupCount - 1; group >= 0; group--) {
            int value = (int) (yuan / pow10(group * 4) % 10000);
            if (value == 0) {
                pendingZero = text.length() > 0;
                continue;
            }
            if (value >= 1000) {
                // zeros only above a group whose 仟 digit is written need no 零: 壹拾万柒仟 (支付结算办法)
                pendingZero = false;
            }
            for (int position = 3; position >= 0; position--) {
                int digit = value / (int) pow10(position) % 10;
                if (digit == 0) {
                    pendingZero = pendingZero || text.length() > 0;
                    continue;
                }
                if (pendingZero) {
                    text.append('零');
                    pendingZero = false;
                }
                text.append(DIGITS.charAt(digit)).append(IN_GROUP[position]);
            }
            text.append(GROUPS[group]);
        }
        return text.toString();
    }

    private static long pow10(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }
}
