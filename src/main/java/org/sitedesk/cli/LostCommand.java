package org.sitedesk.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.sitedesk.core.money.Money;
import picocli.CommandLine.Command;

/**
 * {@code sitedesk lost …}: the lost and found register from a script (民法典 314–318): found items,
 * notices, claims, hand-overs to the police, disposals and the list.
 */
@Command(name = "lost", mixinStandardHelpOptions = true,
        subcommands = {LostFoundCommand.class, LostNoticeCommand.class, LostClaimCommand.class, LostPoliceCommand.class,
                LostDisposeCommand.class, LostListCommand.class})
public final class LostCommand {
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    /** An amount with at most two decimals, or empty: {@code 12.345} is refused, not rounded. */
    static Optional<Money> money(String text) {
        try {
            return Optional.of(Money.of(new BigDecimal(text.trim())));
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code 2026-11-23T18:30}, {@code 2026-11-23 18:30}, or a day alone (its start). */
    static Optional<LocalDateTime> dateTime(String text) {
        String typed = text.trim();
        try {
            return Optional.of(LocalDateTime.parse(typed));
        } catch (DateTimeParseException notIso) {
            try {
                return Optional.of(LocalDateTime.parse(typed, SPACED));
            } catch (DateTimeParseException notSpaced) {
                return date(typed).map(LocalDate::atStartOfDay);
            }
        }
    }

    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
