package org.sitedesk.lostfound;

import org.sitedesk.core.files.FileKind;
import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM;
import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM_CLAIM;
import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM_DISPOSAL;
import static org.sitedesk.core.db.schema.Tables.LOST_CATEGORY;
import static org.sitedesk.core.db.schema.Tables.POLICE_HANDOVER;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.DisplayNames;
import org.sitedesk.estate.IdType;

/**
 * Reads found items with their category, claim, hand-over and disposal in one query, with user
 * names shown as display names and each item's due day computed from the site's settings.
 */
final class ItemReader {
    private final DSLContext tx;
    private final ZoneId zone;
    private final LostFoundSettings settings;
    private final Map<String, String> displayNames = new HashMap<>();

    private ItemReader(DSLContext tx, ZoneId zone) {
        this.tx = tx;
        this.zone = zone;
        this.settings = LostFoundSettingsService.load(tx);
    }

    /** The items {@code where} selects, in the register's order: found first, then by number. */
    static List<FoundItem> read(DSLContext tx, ZoneId zone, Condition where) {
        ItemReader reader = new ItemReader(tx, zone);
        return tx.select().from(FOUND_ITEM)
                .join(LOST_CATEGORY).on(LOST_CATEGORY.CODE.eq(FOUND_ITEM.CATEGORY_CODE))
                .leftJoin(FOUND_ITEM_CLAIM).on(FOUND_ITEM_CLAIM.FOUND_ITEM_ID.eq(FOUND_ITEM.ID))
                .leftJoin(POLICE_HANDOVER).on(POLICE_HANDOVER.ID.eq(FOUND_ITEM.HANDOVER_ID))
                .leftJoin(FOUND_ITEM_DISPOSAL).on(FOUND_ITEM_DISPOSAL.FOUND_ITEM_ID.eq(FOUND_ITEM.ID))
                .where(where)
                .orderBy(FOUND_ITEM.FOUND_AT, FOUND_ITEM.ID)
                .fetch(reader::item);
    }

    static Optional<FoundItem> one(DSLContext tx, ZoneId zone, Condition where) {
        return read(tx, zone, where).stream().findFirst();
    }

    private FoundItem item(Record row) {
        ItemCategory category = new ItemCategory(row.get(LOST_CATEGORY.CODE), row.get(LOST_CATEGORY.NAME),
                row.get(LOST_CATEGORY.SORT_ORDER), row.get(LOST_CATEGORY.TO_POLICE), row.get(LOST_CATEGORY.ACTIVE));
        ValueClass valueClass = ValueClass.valueOf(row.get(FOUND_ITEM.VALUE_CLASS));
        java.time.LocalDateTime foundAt = local(row.get(FOUND_ITEM.FOUND_AT));
        Optional<LocalDate> notice = Optional.ofNullable(row.get(FOUND_ITEM.NOTICE_POSTED));
        Optional<ItemPhoto> photo = Optional.ofNullable(row.get(FOUND_ITEM.PHOTO_HASH))
                .map(hash -> new ItemPhoto(hash, FileKind.valueOf(row.get(FOUND_ITEM.PHOTO_TYPE))));
        return new FoundItem(
                row.get(FOUND_ITEM.ID),
                row.get(FOUND_ITEM.ITEM_NUMBER),
                row.get(FOUND_ITEM.DESCRIPTION),
                text(row.get(FOUND_ITEM.PRIVATE_DETAIL)),
                category,
                row.get(FOUND_ITEM.FOUND_PLACE),
                foundAt,
                row.get(FOUND_ITEM.FINDER_NAME),
                text(row.get(FOUND_ITEM.FINDER_PHONE)),
                FinderKind.valueOf(row.get(FOUND_ITEM.FINDER_KIND)),
                name(row.get(FOUND_ITEM.RECEIVED_BY)),
                row.get(FOUND_ITEM.RECEIVED_AT).toInstant(),
                text(row.get(FOUND_ITEM.STORAGE_PLACE)),
                valueClass,
                Optional.ofNullable(row.get(FOUND_ITEM.CASH_AMOUNT)).map(Money::of),
                text(row.get(FOUND_ITEM.WITNESS)),
                photo,
                ItemState.valueOf(row.get(FOUND_ITEM.STATE)),
                notice,
                ClaimPeriod.dueOn(valueClass, foundAt.toLocalDate(), notice, settings),
                claim(row),
                handOver(row),
                disposal(row));
    }

    private Optional<Claim> claim(Record row) {
        if (row.get(FOUND_ITEM_CLAIM.FOUND_ITEM_ID) == null) {
            return Optional.empty();
        }
        IdType type = IdType.valueOf(row.get(FOUND_ITEM_CLAIM.ID_TYPE));
        return Optional.of(new Claim(row.get(FOUND_ITEM_CLAIM.CLAIMANT), type, type.mask(row.get(FOUND_ITEM_CLAIM.ID_NUMBER)),
                text(row.get(FOUND_ITEM_CLAIM.PHONE)), text(row.get(FOUND_ITEM_CLAIM.PROOF)), row.get(FOUND_ITEM_CLAIM.RETURNED),
                text(row.get(FOUND_ITEM_CLAIM.COST_NOTE)), row.get(FOUND_ITEM_CLAIM.CLAIMED_AT).toInstant(),
                name(row.get(FOUND_ITEM_CLAIM.HANDED_BY))));
    }

    private Optional<PoliceHandOver> handOver(Record row) {
        if (row.get(POLICE_HANDOVER.ID) == null) {
            return Optional.empty();
        }
        return Optional.of(new PoliceHandOver(row.get(POLICE_HANDOVER.ID), row.get(POLICE_HANDOVER.STATION),
                row.get(POLICE_HANDOVER.OFFICER_NAME), text(row.get(POLICE_HANDOVER.OFFICER_NUMBER)),
                row.get(POLICE_HANDOVER.HANDED_ON), name(row.get(POLICE_HANDOVER.HANDED_BY))));
    }

    private Optional<Disposal> disposal(Record row) {
        if (row.get(FOUND_ITEM_DISPOSAL.FOUND_ITEM_ID) == null) {
            return Optional.empty();
        }
        return Optional.of(new Disposal(DisposalWay.valueOf(row.get(FOUND_ITEM_DISPOSAL.WAY)),
                text(row.get(FOUND_ITEM_DISPOSAL.NOTE)), name(row.get(FOUND_ITEM_DISPOSAL.APPROVED_BY)),
                row.get(FOUND_ITEM_DISPOSAL.DISPOSED_ON)));
    }

    private java.time.LocalDateTime local(OffsetDateTime time) {
        return time.atZoneSameInstant(zone).toLocalDateTime();
    }

    private String name(String username) {
        return displayNames.computeIfAbsent(username, user -> DisplayNames.of(tx, user));
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
