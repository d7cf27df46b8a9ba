package org.sitedesk.keys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A pass or card as the register holds it. The money is in the fee ledger: the pass names its
 * deposit's charge and the receipts (deposit, reissue fee, refund), never an amount.
 */
public record Pass(
        long id,
        String number,
        String typeCode,
        String typeName,
        long unitId,
        String room,
        String holder,
        Optional<Long> holderPersonId,
        LocalDate validFrom,
        LocalDate validUntil,
        PassState state,
        Optional<Long> depositChargeId,
        String depositReceipt,
        String feeReceipt,
        String refundReceipt,
        Optional<String> reissueOf,
        Optional<String> reissuedAs,
        Optional<IssuedUnder> under,
        Instant issuedAt,
        String issuedBy,
        Optional<Instant> lostAt,
        String lostReportedBy,
        String lostRecordedBy,
        Optional<Instant> closedAt,
        String closeReason) {

    public PassStatus status(LocalDate day) {
        return switch (state) {
            case LOST -> PassStatus.LOST;
            case RETURNED -> PassStatus.RETURNED;
            case ENDED -> PassStatus.ENDED;
            case ISSUED -> day.isBefore(validFrom) ? PassStatus.NOT_YET_VALID
                    : day.isAfter(validUntil) ? PassStatus.EXPIRED : PassStatus.VALID;
        };
    }

    /** Whether a gate should open for it on {@code day}: issued, not lost, returned or ended, and within its dates. */
    public boolean validOn(LocalDate day) {
        return status(day) == PassStatus.VALID;
    }
}
