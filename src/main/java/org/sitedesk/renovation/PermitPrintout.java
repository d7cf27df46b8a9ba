package org.sitedesk.renovation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.id.MobileNumber;
import org.sitedesk.core.id.ResidentIdNumber;
import org.sitedesk.core.money.Money;
import org.sitedesk.print.Codes;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;

/**
 * 施工许可证 on A4 (issue 18 item 4): number, unit, applicant, contractor, scope, valid dates, the
 * permitted working hours, the workers with their ID and phone numbers masked and a QR code of the number;
 * followed on a page of its own by the renovation agreement (装修管理服务协议, Order No. 110 art. 16)
 * with the lines the owner, the contractor and the service center sign. The agreement says that the
 * office assigns no contractor and sells no materials (art. 19).
 */
public final class PermitPrintout {
    private PermitPrintout() {
    }

    public static Printout of(Renovation permit, RenovationSettings settings, List<Worker> workers, PrintStamp stamp,
            Messages messages) {
        String from = permit.validFrom().orElse(permit.plannedFrom()).toString();
        String to = permit.endDate().toString();
        String hours = hours(settings, messages);
        Map<String, Object> own = new HashMap<>();
        own.put("NUMBER", permit.number());
        own.put("ROOM", permit.room());
        own.put("APPLICANT", permit.applicant() + "  " + messages.get(permit.applicantKind())
                + (permit.applicantPhone().isBlank() ? "" : "  " + permit.applicantPhone()));
        own.put("CONTRACTOR", permit.contractor());
        own.put("LICENCE", permit.contractorLicence());
        own.put("CONTACT", permit.contractorContact());
        own.put("SCOPE", permit.scopeNames());
        own.put("VALID", messages.format("print.permit.validRange", from, to));
        own.put("HOURS", hours);
        own.put("STATE", permit.validFrom().isPresent() ? "" : messages.get("print.permit.notIssued"));
        own.put("QR", Codes.qr(permit.number()));
        own.put("AGREEMENT", agreement(permit, settings, from, to, hours, messages));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Worker worker : workers) {
            Map<String, String> row = new HashMap<>();
            row.put("name", worker.name());
            row.put("idNumber", ResidentIdNumber.mask(worker.idNumber()));
            row.put("trade", worker.trade());
            row.put("certificate", worker.certificate());
            row.put("pass", worker.passNumber());
            row.put("phone", MobileNumber.mask(worker.phone()));
            rows.add(row);
        }
        if (rows.isEmpty()) {
            rows.add(Map.of("name", messages.get("print.permit.noWorkers"), "idNumber", "", "trade", "", "certificate", "",
                    "pass", "", "phone", ""));
        }
        return new Printout(PrintoutTypes.RENOVATION_PERMIT, messages.language().locale(), stamp.with(own), rows);
    }

    /** 工作日 08:00–12:00、14:00–18:00；休息日不得进行产生噪声的施工. */
    static String hours(RenovationSettings settings, Messages messages) {
        String ranges = settings.workdayHours().replace("-", "–").replace(",", messages.get("print.permit.hoursJoin"));
        return messages.format("print.permit.hours", ranges,
                messages.get(settings.noisyWorkOnRestDays() ? "print.permit.restDaysAllowed" : "print.permit.restDaysQuiet"));
    }

    private static String agreement(Renovation permit, RenovationSettings settings, String from, String to, String hours,
            Messages messages) {
        Money deposit = permit.deposit().orElse(settings.deposit());
        return String.join("\n",
                messages.format("print.permit.clause.scope", permit.room(), permit.scopeNames()),
                messages.format("print.permit.clause.duration", from, to),
                messages.format("print.permit.clause.hours", hours),
                messages.get("print.permit.clause.debris"),
                messages.get("print.permit.clause.facade"),
                messages.get("print.permit.clause.prohibited"),
                messages.format("print.permit.clause.fees", deposit.toString(), fee(settings.managementFee(), messages),
                        fee(settings.debrisFee(), messages)),
                messages.get("print.permit.clause.liability"),
                messages.get("print.permit.clause.noAssignment"),
                messages.get("print.permit.clause.other"));
    }

    private static String fee(FeeRule rule, Messages messages) {
        String amount = Money.rounded(rule.rate()).toString();
        return rule.perSquareMetre() ? messages.format("print.permit.feePerArea", amount)
                : messages.format("print.permit.feeFixed", amount);
    }
}
