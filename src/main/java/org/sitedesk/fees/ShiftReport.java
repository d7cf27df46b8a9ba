package org.sitedesk.fees;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.sitedesk.core.money.Money;

/**
 * 交班日报: the receipts a cashier issued between two moments (first to last number), count and sum
 * per method, what was voided and refunded, the net taken; and the backup made at closing.
 */
public record ShiftReport(String cashier, OffsetDateTime from, OffsetDateTime to, List<Receipt> receipts,
        List<MethodTotal> perMethod, Optional<Path> backup) {

    public ShiftReport {
        receipts = List.copyOf(receipts);
        perMethod = List.copyOf(perMethod);
    }

    public Optional<String> firstNumber() {
        return receipts.stream().map(Receipt::number).findFirst();
    }

    public Optional<String> lastNumber() {
        return receipts.isEmpty() ? Optional.empty() : Optional.of(receipts.get(receipts.size() - 1).number());
    }

    public List<Receipt> voided() {
        return receipts.stream().filter(receipt -> receipt.voided().isPresent()).toList();
    }

    public List<Receipt> refunds() {
        return receipts.stream().filter(receipt -> receipt.refund() && receipt.voided().isEmpty()).toList();
    }

    /** Payments that stand less refunds that stand: what the drawer and the accounts should hold. */
    public Money net() {
        return receipts.stream().filter(receipt -> receipt.voided().isEmpty())
                .map(receipt -> receipt.refund() ? receipt.amount().negate() : receipt.amount())
                .reduce(Money.ZERO, Money::plus);
    }
}
