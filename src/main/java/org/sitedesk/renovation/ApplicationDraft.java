package org.sitedesk.renovation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An application as the clerk enters it: the unit, who applies, the contractor, the planned dates,
 * the scope item codes and the checklist documents seen at the counter (codes).
 */
public record ApplicationDraft(long unitId, String applicant, ApplicantKind applicantKind, String applicantPhone,
        String contractor, String contractorLicence, String contractorContact, LocalDate plannedFrom, LocalDate plannedTo,
        List<String> scope, Set<String> documents) {

    public ApplicationDraft {
        scope = List.copyOf(scope);
        documents = Set.copyOf(documents);
    }
}
