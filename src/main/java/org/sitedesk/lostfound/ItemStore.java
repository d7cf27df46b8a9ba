package org.sitedesk.lostfound;

import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM;
import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM_COUNTER;
import static org.sitedesk.core.db.schema.Tables.LOST_REPORT;
import static org.sitedesk.core.db.schema.Tables.LOST_REPORT_COUNTER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.jooq.DSLContext;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.YearlyNumbers;
import org.sitedesk.core.db.schema.tables.records.FoundItemCounterRecord;
import org.sitedesk.core.db.schema.tables.records.LostReportCounterRecord;
import org.sitedesk.core.i18n.UserFacingException;

/**
 * What every lost-and-found use case shares inside its transaction: numbering items and reports,
 * reading an item locked against another counter, refusing what a state does not allow, and the
 * checks of typed texts and days.
 */
final class ItemStore {
    private static final YearlyNumbers<FoundItemCounterRecord> ITEM_NUMBERS = new YearlyNumbers<>(FOUND_ITEM_COUNTER,
            FOUND_ITEM_COUNTER.ITEM_YEAR, FOUND_ITEM_COUNTER.LAST_NUMBER, "SW-%d-%06d");
    private static final YearlyNumbers<LostReportCounterRecord> REPORT_NUMBERS = new YearlyNumbers<>(LOST_REPORT_COUNTER,
            LOST_REPORT_COUNTER.REPORT_YEAR, LOST_REPORT_COUNTER.LAST_NUMBER, "GS-%d-%06d");

    private final Transactions transactions;
    private final Clock clock;

    ItemStore(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The next item number of this year; the year's counter row is made first, outside the use case's transaction. */
    int prepareItemYear() {
        int year = today().getYear();
        ITEM_NUMBERS.prepareYear(transactions, year);
        return year;
    }

    String nextItemNumber(DSLContext tx, int year) {
        return ITEM_NUMBERS.next(tx, year);
    }

    int prepareReportYear() {
        int year = today().getYear();
        REPORT_NUMBERS.prepareYear(transactions, year);
        return year;
    }

    String nextReportNumber(DSLContext tx, int year) {
        return REPORT_NUMBERS.next(tx, year);
    }

    /** The item, its row locked until the transaction ends, so two counters cannot hand it out twice. */
    FoundItem locked(DSLContext tx, String number) {
        String wanted = normalized(number);
        Long id = tx.select(FOUND_ITEM.ID).from(FOUND_ITEM).where(FOUND_ITEM.ITEM_NUMBER.eq(wanted)).forUpdate()
                .fetchOne(FOUND_ITEM.ID);
        if (id == null) {
            throw new UserFacingException("error.lost.noItem", wanted);
        }
        return read(tx, id);
    }

    FoundItem read(DSLContext tx, long id) {
        return ItemReader.one(tx, clock.getZone(), FOUND_ITEM.ID.eq(id)).orElseThrow();
    }

    /** Only an item still here can be claimed, handed over, posted or disposed of; the sentence says where it went. */
    void refuseUnlessHeld(FoundItem item) {
        switch (item.state()) {
            case HELD -> {
            }
            case CLAIMED -> throw new UserFacingException("error.lost.alreadyClaimed", item.number(),
                    item.claim().map(Claim::claimant).orElse(""), item.claim().map(claim -> claim.claimedAt()
                            .atZone(clock.getZone()).toLocalDate().toString()).orElse(""));
            case POLICE -> throw new UserFacingException("error.lost.withPolice", item.number(),
                    item.handOver().map(PoliceHandOver::station).orElse(""),
                    item.handOver().map(handOver -> handOver.handedOn().toString()).orElse(""));
            case DISPOSED -> throw new UserFacingException("error.lost.disposed", item.number(),
                    item.disposal().map(disposal -> disposal.disposedOn().toString()).orElse(""));
        }
    }

    static String normalized(String number) {
        return number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
    }

    /** A typed text, trimmed; refused with {@code refusal} (which gets the limit) when required and empty or too long. */
    static String text(String value, String refusal, boolean required, int max) {
        String trimmed = value == null ? "" : value.strip();
        if ((required && trimmed.isEmpty()) || trimmed.length() > max) {
            throw new UserFacingException(refusal, max);
        }
        return trimmed;
    }

    static String orNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    OffsetDateTime offset(LocalDateTime local) {
        return local.atZone(clock.getZone()).toOffsetDateTime();
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** A lost report's state, locked like an item's. */
    static ReportState lockedReportState(DSLContext tx, long reportId) {
        String state = tx.select(LOST_REPORT.STATE).from(LOST_REPORT).where(LOST_REPORT.ID.eq(reportId)).forUpdate()
                .fetchOne(LOST_REPORT.STATE);
        if (state == null) {
            throw new UserFacingException("error.lost.noReport", reportId);
        }
        return ReportState.valueOf(state);
    }
}
