package org.sitedesk.fees;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.estate.EstateService;
import org.sitedesk.estate.ImportRefusedException;
import org.sitedesk.estate.Unit;
import org.sitedesk.estate.files.Cells;
import org.sitedesk.estate.files.FileProblem;
import org.sitedesk.estate.files.ImportKind;
import org.sitedesk.estate.files.ImportRows;
import org.sitedesk.estate.files.Table;

/**
 * Bank and WeChat statements in the DESIGN.md format ({@code room,amount,paid_at,method,reference},
 * Chinese headers and methods accepted): every row checked first; then, in one transaction, each
 * row is taken like a counter payment with its own receipt number, in file order. Any refusal
 * (a row that would exceed the prepayment cap) refuses the whole file.
 */
public final class PaymentImport {
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final PaymentService payments;
    private final FeeSettingsService settings;
    private final EstateService estate;

    public PaymentImport(Transactions transactions, AuditLog audit, Clock clock, PaymentService payments,
            FeeSettingsService settings, EstateService estate) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.payments = payments;
        this.settings = settings;
        this.estate = estate;
    }

    /** What an import did: the receipts issued, first to last. */
    public record Outcome(int payments, Money total, List<String> receipts) {
    }

    private record Row(String file, int line, Unit unit, PaymentRequest request) {
    }

    public Outcome run(Actor actor, List<Table> tables, boolean dryRun) {
        actor.require(Permission.TAKE_PAYMENTS);
        LocalDate today = LocalDate.now(clock);
        Map<String, Unit> units = new HashMap<>();
        estate.allUnits().forEach(unit -> units.put(unit.room().toString(), unit));
        List<FileProblem> problems = new ArrayList<>();
        List<Row> rows = parse(tables, units, today, problems);
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        Money total = rows.stream().map(row -> row.request().amount()).reduce(Money.ZERO, Money::plus);
        if (dryRun || rows.isEmpty()) {
            return new Outcome(rows.size(), total, List.of());
        }
        FeeSettings rules = settings.load();
        ReceiptNumbers.prepareYear(transactions, today.getYear());
        List<String> receipts = transactions.inTransaction(tx -> {
            List<String> issued = new ArrayList<>();
            for (Row row : rows) {
                try {
                    issued.add(payments.pay(tx, actor, row.unit(), row.request(), rules,
                            payments.prepaymentCap(row.unit(), rules), today).number());
                } catch (UserFacingException refused) {
                    throw new ImportRefusedException(List.of(new FileProblem(row.file(), row.line(), 2,
                            refused.messageKey(), refused.arguments())));
                }
            }
            audit.record(tx, actor, FeeAuditAction.PAYMENTS_IMPORTED, null, "payments: " + rows.size()
                    + "; total: " + total.amount().toPlainString() + "; receipts: " + issued.get(0) + " – "
                    + issued.get(issued.size() - 1));
            return issued;
        });
        return new Outcome(rows.size(), total, receipts);
    }

    private static List<Row> parse(List<Table> tables, Map<String, Unit> units, LocalDate today, List<FileProblem> problems) {
        List<Row> rows = new ArrayList<>();
        ImportRows.read(tables, ImportKind.PAYMENTS, "import.fees.notPayments", problems, (table, row, cells, before) -> {
            Optional<Unit> unit = cells.room().flatMap(code -> {
                Optional<Unit> known = Optional.ofNullable(units.get(code.toString()));
                if (known.isEmpty()) {
                    cells.problem("room", "import.fees.unknownRoom", code);
                }
                return known;
            });
            Optional<Money> amount = cells.required("amount").flatMap(text -> amount(cells, text));
            Optional<LocalDate> paidOn = cells.date("paid_at").filter(day -> {
                if (day.isAfter(today)) {
                    cells.problem("paid_at", "error.fees.futureDate", today.toString());
                    return false;
                }
                return true;
            });
            if (paidOn.isEmpty() && problems.size() == before) {
                cells.problem("paid_at", "import.cell.required", "paid_at");
            }
            Optional<PaymentMethod> method = cells.required("method").flatMap(text -> {
                Optional<PaymentMethod> parsed = PaymentMethod.ofWord(text);
                if (parsed.isEmpty()) {
                    cells.problem("method", "cli.pay.methodUnknown", text);
                }
                return parsed;
            });
            String reference = cells.optional("reference");
            if (problems.size() == before) {
                // a statement's earlier dates need no typed reason: the file and line are the reason
                String reason = paidOn.get().isBefore(today)
                        ? java.nio.file.Path.of(table.file()).getFileName() + ":" + row.line() : "";
                rows.add(new Row(table.file(), row.line(), unit.orElseThrow(), new PaymentRequest(unit.get().id(),
                        amount.orElseThrow(), method.orElseThrow(), paidOn.get(), "", reference, reason, List.of())));
            }
        });
        return rows;
    }

    private static Optional<Money> amount(Cells cells, String text) {
        try {
            Money money = Money.of(new BigDecimal(text.replace(",", "").replace("¥", "").trim()));
            if (!money.isPositive()) {
                cells.problem("amount", "error.fees.amount");
                return Optional.empty();
            }
            return Optional.of(money);
        } catch (ArithmeticException | NumberFormatException e) {
            cells.problem("amount", "cli.pay.amountForm", text);
            return Optional.empty();
        }
    }
}
