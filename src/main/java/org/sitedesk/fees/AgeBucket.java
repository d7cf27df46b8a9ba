package org.sitedesk.fees;

import org.sitedesk.core.i18n.Localizable;

/** 欠费账龄: how many months a unit owes, in the buckets the arrears screen totals. */
public enum AgeBucket implements Localizable {
    ONE("ageBucket.one"),
    TWO("ageBucket.two"),
    THREE_TO_SIX("ageBucket.threeToSix"),
    SEVEN_TO_TWELVE("ageBucket.sevenToTwelve"),
    OVER_TWELVE("ageBucket.overTwelve");

    private final String messageKey;

    AgeBucket(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    public static AgeBucket of(int monthsOwed) {
        if (monthsOwed <= 1) {
            return ONE;
        }
        if (monthsOwed == 2) {
            return TWO;
        }
        if (monthsOwed <= 6) {
            return THREE_TO_SIX;
        }
        return monthsOwed <= 12 ? SEVEN_TO_TWELVE : OVER_TWELVE;
    }
}
