package org.sitedesk.renovation.ui;

import java.util.List;
import org.sitedesk.fees.OpenCharge;
import org.sitedesk.renovation.Acceptance;
import org.sitedesk.renovation.ApprovalRules;
import org.sitedesk.renovation.ChecklistDocument;
import org.sitedesk.renovation.DepositLedger;
import org.sitedesk.renovation.Inspection;
import org.sitedesk.renovation.RectificationNotice;
import org.sitedesk.renovation.Renovation;
import org.sitedesk.renovation.RenovationSettings;
import org.sitedesk.renovation.Worker;

/**
 * One permit as the screen shows it, read in one go in the background: the application, what it still
 * owes, its deposit ledger, workers, inspections, notices and acceptances, what approval would miss,
 * the documents checklist and the site's settings (hours, acceptance lines).
 */
record PermitDetails(Renovation renovation, List<OpenCharge> unpaid, DepositLedger deposit, List<Worker> workers,
        List<Inspection> inspections, List<RectificationNotice> notices, List<Acceptance> acceptances,
        List<ApprovalRules.Missing> missing, List<ChecklistDocument> checklist, RenovationSettings settings) {

    /** A checklist document's name by its code (the code itself for one no longer on the list). */
    String documentName(String code) {
        return checklist.stream().filter(document -> document.code().equals(code)).map(ChecklistDocument::name).findFirst()
                .orElse(code);
    }
}
