package org.sitedesk.keys;

import org.sitedesk.core.money.Money;

/**
 * A kind of pass (业主证, 门禁卡, 停车证, 施工出入证, 临时出入证, or one the site adds): how long a new one
 * is valid, the deposit it is issued with and the fee for a reissue after a loss.
 */
public record PassType(String code, String name, int validityDays, Money deposit, Money reissueFee, int sortOrder,
        boolean active) {
}
