package org.sitedesk.shell.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitedesk.archive.Checklist;
import org.sitedesk.archive.Confidentiality;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Localizable;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.users.Role;
import org.sitedesk.fees.FeeBasis;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.fees.ReminderWay;
import org.sitedesk.estate.Occupancy;
import org.sitedesk.estate.PersonRole;
import org.sitedesk.repair.Channel;
import org.sitedesk.repair.Priority;
import org.sitedesk.repair.RequestState;
import org.sitedesk.repair.RequestType;
import org.sitedesk.repair.Satisfaction;
import org.sitedesk.repair.VisitWay;
import org.sitedesk.lostfound.DisposalWay;
import org.sitedesk.lostfound.ReportState;
import org.sitedesk.lostfound.ValueClass;

/**
 * Audit summaries are stored language-neutral ({@code role: CASHIER → SUPERVISOR}, {@code method: WECHAT}); this shows them
 * in the window's language, field names and known values translated, everything else as stored.
 */
final class AuditSummaryText {
    /** Stored as a language tag ({@code zh_CN}, {@code en}), not as a constant's name. */
    private static final String PRINTOUT_LANGUAGE = "site.printoutLanguage";
    private static final Map<String, String> FIELD_KEYS = Map.ofEntries(
            Map.entry("display_name", "audit.field.displayName"),
            Map.entry("role", "audit.field.role"),
            Map.entry("active", "audit.field.active"),
            Map.entry("failed_attempts", "audit.field.failedAttempts"),
            Map.entry("locked_until", "audit.field.lockedUntil"),
            Map.entry("site.name", "audit.field.siteName"),
            Map.entry("site.servicePhone", "audit.field.servicePhone"),
            Map.entry(PRINTOUT_LANGUAGE, "settings.printoutLanguage"),
            Map.entry("name", "person.name"),
            Map.entry("person_role", "person.role"),
            Map.entry("until", "person.until"),
            Map.entry("plate", "vehicle.plate"),
            Map.entry("kind", "pet.kind"),
            Map.entry("owners", "audit.field.owners"),
            Map.entry("on", "transfer.date"),
            Map.entry("occupancy", "unit.occupancy"),
            Map.entry("notes", "unit.notes"),
            Map.entry("room", "importScreen.room"),
            Map.entry("amount", "audit.field.amount"),
            Map.entry("method", "print.receipt.method"),
            Map.entry("paid_on", "counter.paidOn"),
            Map.entry("reason", "audit.field.reason"),
            Map.entry("period", "print.receipt.period"),
            Map.entry("item", "print.receipt.item"),
            Map.entry("charges", "collection.column.charges"),
            Map.entry("total", "arrears.column.total"),
            Map.entry("prepayment_drawn", "audit.field.prepaymentDrawn"),
            Map.entry("reminded_on", "audit.field.remindedOn"),
            Map.entry("way", "audit.field.way"),
            Map.entry("result", "audit.field.result"),
            Map.entry("created", "audit.field.created"),
            Map.entry("rate_changed", "audit.field.rateChanged"),
            Map.entry("from", "feeItems.month"),
            Map.entry("basis", "print.feeBoard.basis"),
            Map.entry("rate", "feeItems.rate"),
            Map.entry("last_month", "audit.field.lastMonth"),
            Map.entry("payments", "audit.field.payments"),
            Map.entry("receipts", "nav.receipts"),
            Map.entry("invoice", "audit.field.invoice"),
            Map.entry("net", "audit.field.net"),
            Map.entry("backup", "audit.field.backup"),
            Map.entry("offset", "audit.field.offset"),
            Map.entry("site.fees.dueDay", "feeSettings.dueDay"),
            Map.entry("site.fees.lateFee.enabled", "feeSettings.lateFeeOn"),
            Map.entry("site.fees.lateFee.dailyPerMille", "feeSettings.lateFeeRate"),
            Map.entry("site.fees.lateFee.graceDays", "feeSettings.graceDays"),
            Map.entry("site.fees.lateFee.capRatio", "audit.field.lateFeeCap"),
            Map.entry("site.fees.principalFirst", "feeSettings.principalFirst"),
            Map.entry("site.fees.prepaymentCapMonths", "feeSettings.prepaymentMonths"),
            Map.entry("site.backup.folder", "backup.folder"),
            Map.entry("site.backup.keepDays", "backup.keepDays"),
            Map.entry("type", "requestForm.type"),
            Map.entry("location", "requestForm.place"),
            Map.entry("category", "requestForm.category"),
            Map.entry("priority", "requestForm.priority"),
            Map.entry("rework_of", "board.rework"),
            Map.entry("engineers", "board.detail.engineers"),
            Map.entry("at", "audit.field.at"),
            Map.entry("state", "board.detail.state"),
            Map.entry("reply", "board.detail.reply"),
            Map.entry("satisfaction", "board.visit.satisfaction"),
            Map.entry("skills", "engineers.skills"),
            Map.entry("on_duty", "engineers.dutyOn"),
            Map.entry("limit", "engineers.tab.levels"),
            Map.entry("area", "engineers.areas"),
            Map.entry("site.repair.returnVisitDays", "engineers.returnVisitDays"),
            Map.entry("site.repair.reworkWindowDays", "engineers.reworkDays"),
            Map.entry("site.repair.reworkTargetPercent", "engineers.reworkTarget"),
            Map.entry("site.repair.satisfactionTargetPercent", "engineers.satisfactionTarget"),
            Map.entry("pages", "archive.column.pages"),
            Map.entry("level", "archive.column.level"),
            Map.entry("received", "archive.column.received"),
            Map.entry("box", "archiveTab.box"),
            Map.entry("borrower", "loan.column.borrower"),
            Map.entry("due", "loan.column.due"),
            Map.entry("note", "archiveTab.returnNote"),
            Map.entry("reading_room_only", "print.loanSlip.readingRoom"),
            Map.entry("pages_differ", "print.loanSlip.pagesDiffer"),
            Map.entry("witness", "destruction.column.witness"),
            Map.entry("destroy_method", "destruction.column.method"),
            Map.entry("destroyed_on", "destruction.column.on"),
            Map.entry("scans_deleted", "audit.field.scansDeleted"),
            Map.entry("retention_years", "archive.column.retention"),
            Map.entry("default_level", "archiveScreen.defaultLevel"),
            Map.entry("checklist", "archiveScreen.checklist"),
            Map.entry("previous_owners", "archive.column.previousOwner"),
            Map.entry("marked_until", "audit.field.markedUntil"),
            Map.entry("documents", "archiveScreen.documents"),
            Map.entry("place", "archiveScreen.place"),
            Map.entry("rooms", "archiveScreen.rooms"),
            Map.entry("value", "lostFound.form.value"),
            Map.entry("cash_witness", "lostFound.form.witness"),
            Map.entry("posted_on", "lostFound.column.notice"),
            Map.entry("id_type", "print.claim.idDocument"),
            Map.entry("id_number", "lostFound.claim.idNumber"),
            Map.entry("report", "print.claim.lostReport"),
            Map.entry("cost", "lostFound.claim.cost"),
            Map.entry("station", "print.handOver.station"),
            Map.entry("officer", "print.handOver.officer"),
            Map.entry("handed_on", "print.handOver.date"),
            Map.entry("disposal_due", "lostFound.column.dueOn"),
            Map.entry("lost_days", "lostFound.report.days"),
            Map.entry("found_item", "print.claim.number"),
            Map.entry("to_police", "lostFound.settings.toPolice"),
            Map.entry("site.lostfound.policeDays", "lostFound.settings.policeDays"),
            Map.entry("site.lostfound.perishableDays", "lostFound.settings.perishableDays"));
    private static final List<Localizable> KNOWN_VALUES = Stream.of(Role.values(), PersonRole.values(), Occupancy.values(),
                    PaymentMethod.values(), FeeBasis.values(), ReminderWay.values(), RequestType.values(), Priority.values(),
                    RequestState.values(), Satisfaction.values(), VisitWay.values(), Channel.values(),
                    Confidentiality.values(), Checklist.values(), ValueClass.values(),
                    DisposalWay.values(), ReportState.values())
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
                String stored = part.substring(colon + 2);
                shown.append(messages.get(FIELD_KEYS.get(field))).append("：")
                        .append(field.equals(PRINTOUT_LANGUAGE) ? languages(stored) : values(stored));
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

    private String languages(String text) {
        Matcher matcher = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String word = matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(Language.ofTag(word).map(messages::get).orElse(word)));
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
