package org.sitedesk.renovation;

import java.math.BigDecimal;
import org.sitedesk.core.money.Money;

/**
 * The site's renovation settings (issue 18 items 3 and 4): the deposit (default 2,000.00, DOMAIN.md
 * renovation 6), the management and debris fees (fixed or per m²), the permitted working hours on
 * workdays, whether noisy work is allowed on rest days, and the acceptance checklist.
 */
public record RenovationSettings(Money deposit, FeeRule managementFee, FeeRule debrisFee, String workdayHours,
        boolean noisyWorkOnRestDays, String acceptanceChecklist) {

    public static final Money DEFAULT_DEPOSIT = Money.of("2000.00");
    public static final FeeRule DEFAULT_MANAGEMENT_FEE = new FeeRule(true, new BigDecimal("5.00"));
    public static final FeeRule DEFAULT_DEBRIS_FEE = new FeeRule(false, new BigDecimal("300.00"));
    public static final String DEFAULT_HOURS = "08:00-12:00,14:00-18:00";
    public static final String DEFAULT_CHECKLIST = "主体结构未改动,防水闭水试验合格,公共部位无损坏,建筑垃圾已清运,外立面与门窗符合要求,消防设施完好";

    public static RenovationSettings defaults() {
        return new RenovationSettings(DEFAULT_DEPOSIT, DEFAULT_MANAGEMENT_FEE, DEFAULT_DEBRIS_FEE, DEFAULT_HOURS, false,
                DEFAULT_CHECKLIST);
    }

    /** The acceptance checklist's lines, in order. */
    public java.util.List<String> checklistLines() {
        return java.util.Arrays.stream(acceptanceChecklist.split("[,，\\n]")).map(String::trim).filter(line -> !line.isEmpty())
                .toList();
    }

    /** The working hours as printed: 08:00–12:00、14:00–18:00. */
    public String hoursText() {
        return workdayHours.replace("-", "–").replace(",", "、");
    }
}
