package org.sitedesk.renovation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What must be on file before a supervisor may approve (Order No. 110 art. 14 and art. 5, DOMAIN.md
 * renovation 2–3): every document needed ALWAYS, the owner's consent for a tenant, and for each scope
 * item touching a prohibition the document it names. Returns what is missing, each with why.
 */
public final class ApprovalRules {
    private ApprovalRules() {
    }

    /** A missing document, and the scope item that needs it (empty when the checklist itself does). */
    public record Missing(String documentName, String neededFor) {
    }

    public static List<Missing> missing(Renovation renovation, List<ChecklistDocument> checklist) {
        Set<String> onFile = renovation.documents().stream().map(FiledDocument::code).collect(Collectors.toSet());
        Map<String, ChecklistDocument> byCode = checklist.stream()
                .collect(Collectors.toMap(ChecklistDocument::code, Function.identity()));
        List<Missing> missing = new ArrayList<>();
        for (ScopeItem item : renovation.scope()) {
            if (item.prohibition().isPresent() && item.requiredDocument().isPresent()
                    && !onFile.contains(item.requiredDocument().get())) {
                ChecklistDocument document = byCode.get(item.requiredDocument().get());
                missing.add(new Missing(document == null ? item.requiredDocument().get() : document.name(), item.name()));
            }
        }
        Set<String> named = new LinkedHashSet<>(missing.stream().map(Missing::documentName).toList());
        for (ChecklistDocument document : checklist) {
            boolean needed = document.active() && (document.need() == DocumentNeed.ALWAYS
                    || document.need() == DocumentNeed.TENANT && renovation.applicantKind() == ApplicantKind.TENANT);
            if (needed && !onFile.contains(document.code()) && !named.contains(document.name())) {
                missing.add(new Missing(document.name(), ""));
            }
        }
        return missing;
    }
}
