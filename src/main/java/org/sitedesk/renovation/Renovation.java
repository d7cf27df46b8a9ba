package org.sitedesk.renovation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitedesk.core.money.Money;

/**
 * An application and, once issued, its permit: who, what, when, where it stands, and what the fee
 * ledger holds for it (the charge ids of the deposit and the two fees, the refund's receipt).
 */
public record Renovation(
        long id,
        String number,
        long unitId,
        String room,
        String applicant,
        ApplicantKind applicantKind,
        String applicantPhone,
        String contractor,
        String contractorLicence,
        String contractorContact,
        LocalDate plannedFrom,
        LocalDate plannedTo,
        RenovationState state,
        Optional<String> reviewReason,
        boolean filedToArchive,
        Optional<Money> deposit,
        List<Long> chargeIds,
        Optional<Long> depositChargeId,
        Optional<LocalDate> validFrom,
        Optional<LocalDate> validTo,
        Optional<String> endReason,
        Optional<Money> refunded,
        Optional<String> refundReceipt,
        List<ScopeItem> scope,
        List<FiledDocument> documents,
        int version) {

    /** The scope as one line: 墙面、地面、拆除承重墙. */
    public String scopeNames() {
        return String.join("、", scope.stream().map(ScopeItem::name).toList());
    }

    /** The permit's end: its valid-to once issued, else the planned end. */
    public LocalDate endDate() {
        return validTo.orElse(plannedTo);
    }
}
