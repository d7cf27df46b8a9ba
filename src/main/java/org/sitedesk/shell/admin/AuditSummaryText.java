package org.sitedesk.shell.admin;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.users.Role;

/**
 * Audit summaries are stored language-neutral ({@code role: CASHIER → SUPERVISOR}); this shows them
 * in the window's language, field names and known values translated, everything else as stored.
 */
final class AuditSummaryText {
    private static final Map<String, String> FIELD_KEYS = Map.of(
            "display_name", "audit.field.displayName",
            "role", "audit.field.role",
            "active", "audit.field.active",
            "failed_attempts", "audit.field.failedAttempts",
            "locked_until", "audit.field.lockedUntil",
            "site.name", "audit.field.siteName",
            "site.servicePhone", "audit.field.servicePhone");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_]+");

    private final Messages messages;

    AuditSummaryText(Messages messages) {
        this.messages = messages;
    }

    String show(String summary) {
        if (summary == null || summary.isEmpty()) {
            return "";
        }
        StringBuilder shown = new StringBuilder();
        for (String part : summary.split("; ")) {
            if (shown.length() > 0) {
                shown.append("；");
            }
            int colon = part.indexOf(": ");
            String field = colon < 0 ? null : part.substring(0, colon);
            if (field != null && FIELD_KEYS.containsKey(field)) {
                shown.append(messages.get(FIELD_KEYS.get(field))).append("：").append(values(part.substring(colon + 2)));
            } else {
                shown.append(part);
            }
        }
        return shown.toString();
    }

    private String values(String text) {
        Matcher matcher = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(value(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String value(String word) {
        if (word.equals("true")) {
            return messages.get("value.yes");
        }
        if (word.equals("false")) {
            return messages.get("value.no");
        }
        return Role.ofCode(word).filter(role -> role.code().equals(word)).map(messages::get).orElse(word);
    }
}
