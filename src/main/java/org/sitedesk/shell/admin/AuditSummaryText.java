package org.sitedesk.shell.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitedesk.core.i18n.Localizable;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.users.Role;
import org.sitedesk.estate.Occupancy;
import org.sitedesk.estate.PersonRole;

/**
 * Audit summaries are stored language-neutral ({@code role: CASHIER → SUPERVISOR}); this shows them
 * in the window's language, field names and known values translated, everything else as stored.
 */
final class AuditSummaryText {
    private static final Map<String, String> FIELD_KEYS = Map.ofEntries(
            Map.entry("display_name", "audit.field.displayName"),
            Map.entry("role", "audit.field.role"),
            Map.entry("active", "audit.field.active"),
            Map.entry("failed_attempts", "audit.field.failedAttempts"),
            Map.entry("locked_until", "audit.field.lockedUntil"),
            Map.entry("site.name", "audit.field.siteName"),
            Map.entry("site.servicePhone", "audit.field.servicePhone"),
            Map.entry("name", "person.name"),
            Map.entry("person_role", "person.role"),
            Map.entry("until", "person.until"),
            Map.entry("plate", "vehicle.plate"),
            Map.entry("kind", "pet.kind"),
            Map.entry("owners", "audit.field.owners"),
            Map.entry("on", "transfer.date"),
            Map.entry("occupancy", "unit.occupancy"),
            Map.entry("notes", "unit.notes"));
    private static final List<Localizable> KNOWN_VALUES = Stream.of(Role.values(), PersonRole.values(), Occupancy.values())
            .flatMap(Arrays::stream)
            .map(Localizable.class::cast)
            .toList();
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
        return KNOWN_VALUES.stream()
                .filter(value -> ((Enum<?>) value).name().equals(word))
                .findFirst()
                .map(messages::get)
                .orElse(word);
    }
}
