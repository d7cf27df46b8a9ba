package org.sitedesk.renovation;

import org.sitedesk.core.money.Money;

/** An itemised deduction from the deposit: why and how much (e.g. 损坏楼道墙面 300.00). */
public record Deduction(String reason, Money amount) {
}
