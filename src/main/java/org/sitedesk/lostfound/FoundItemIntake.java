package org.sitedesk.lostfound;

import org.sitedesk.core.files.HashedFileStore;
import static org.sitedesk.core.db.schema.Tables.FOUND_ITEM;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.sitedesk.core.audit.AuditLog;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.core.db.schema.tables.records.FoundItemRecord;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.id.PhoneNumber;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * 拾得物登记: a found item checked, numbered SW-year-000123 and kept (民法典 316), its photo stored
 * by content. Cash and valuables are counted before a witness, whose name is required.
 */
public final class FoundItemIntake {
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);
    static final int MAX_DESCRIPTION = 200;
    static final int MAX_PRIVATE = 500;
    static final int MAX_PLACE = 100;
    static final int MAX_NAME = 60;

    private final Transactions transactions;
    private final AuditLog audit;
    private final ItemStore store;
    private final HashedFileStore photos;

    FoundItemIntake(Transactions transactions, AuditLog audit, ItemStore store, HashedFileStore photos) {
        this.transactions = transactions;
        this.audit = audit;
        this.store = store;
        this.photos = photos;
    }

    public FoundItem log(Actor actor, FoundItemDraft draft) {
        actor.require(Permission.HANDLE_LOST_AND_FOUND);
        Checked checked = check(draft);
        ItemCategory category = transactions.inTransaction(tx -> LostFoundSettingsService.activeCategory(tx,
                draft.categoryCode()));
        // the photo is checked and kept only once everything typed is known to be right: a refusal stores nothing
        Optional<ItemPhoto> photo = draft.photo().map(file -> {
            HashedFileStore.Checked read = photos.check(file);
            photos.store(read);
            return new ItemPhoto(read.hash(), read.kind());
        });
        int year = store.prepareItemYear();
        return transactions.inTransaction(tx -> {
            FoundItemRecord row = tx.newRecord(FOUND_ITEM);
            row.setItemNumber(store.nextItemNumber(tx, year));
            row.setDescription(checked.description());
            row.setPrivateDetail(ItemStore.orNull(checked.privateDetail()));
            row.setCategoryCode(category.code());
            row.setFoundPlace(checked.place());
            row.setFoundAt(store.offset(draft.foundAt()));
            row.setFinderName(checked.finder());
            row.setFinderPhone(ItemStore.orNull(checked.finderPhone()));
            row.setFinderKind(draft.finderKind().name());
            row.setReceivedBy(actor.name());
            row.setReceivedAt(store.now());
            row.setStoragePlace(ItemStore.orNull(checked.storage()));
            row.setValueClass(draft.valueClass().name());
            row.setCashAmount(draft.cash().map(Money::amount).orElse(null));
            row.setWitness(ItemStore.orNull(checked.witness()));
            row.setPhotoHash(photo.map(ItemPhoto::hash).orElse(null));
            row.setPhotoType(photo.map(taken -> taken.type().name()).orElse(null));
            row.setState(ItemState.HELD.name());
            row.store();
            audit.record(tx, actor, LostFoundAuditAction.FOUND_ITEM_LOGGED, row.getItemNumber(), "category: "
                    + category.code() + "; value: " + draft.valueClass().name()
                    + draft.cash().map(cash -> "; amount: " + cash + "; cash_witness: " + checked.witness()).orElse("")
                    + "; location: " + checked.place() + "; at: " + draft.foundAt().withSecond(0).withNano(0));
            return store.read(tx, row.getId());
        });
    }

    /** Everything about a draft that can be refused before the transaction, naming the field. */
    private Checked check(FoundItemDraft draft) {
        String description = ItemStore.text(draft.description(), "error.lost.description", true, MAX_DESCRIPTION);
        String privateDetail = ItemStore.text(draft.privateDetail(), "error.lost.privateDetail", false, MAX_PRIVATE);
        String place = ItemStore.text(draft.foundPlace(), "error.lost.foundPlace", true, MAX_PLACE);
        String finder = ItemStore.text(draft.finderName(), "error.lost.finder", true, MAX_NAME);
        String finderPhone = ItemStore.text(draft.finderPhone(), "error.lost.finderPhone", false, 20);
        if (!finderPhone.isEmpty() && !PhoneNumber.isValid(finderPhone)) {
            throw new UserFacingException("error.lost.phoneForm", finderPhone);
        }
        String storage = ItemStore.text(draft.storagePlace(), "error.lost.storage", false, MAX_NAME);
        String witness = ItemStore.text(draft.witness(), "error.lost.witnessLength", false, MAX_NAME);
        if (draft.categoryCode() == null || draft.categoryCode().isBlank()) {
            throw new UserFacingException("error.lost.categoryRequired");
        }
        if (draft.finderKind() == null || draft.valueClass() == null) {
            throw new UserFacingException("error.lost.incomplete");
        }
        LocalDateTime foundAt = draft.foundAt();
        if (foundAt == null) {
            throw new UserFacingException("error.lost.foundAtRequired");
        }
        if (foundAt.isAfter(LocalDateTime.now(store.clock()).plus(CLOCK_TOLERANCE))) {
            throw new UserFacingException("error.lost.foundFuture");
        }
        if (draft.cash().isPresent() && !draft.cash().get().isPositive()) {
            throw new UserFacingException("error.lost.cashPositive");
        }
        boolean counted = draft.cash().isPresent() || draft.valueClass() == ValueClass.VALUABLE;
        if (counted && witness.isEmpty()) {
            throw new UserFacingException("error.lost.witness");
        }
        if (!witness.isEmpty() && witness.equalsIgnoreCase(finder)) {
            throw new UserFacingException("error.lost.witnessIsFinder");
        }
        return new Checked(description, privateDetail, place, finder, finderPhone, storage, witness);
    }

    /** A draft's texts once trimmed and checked. */
    private record Checked(String description, String privateDetail, String place, String finder, String finderPhone,
            String storage, String witness) {
    }
}
