package org.sitedesk.archive;

import java.time.LocalDate;
import java.util.Optional;
import org.sitedesk.estate.RoomCode;

/**
 * A document of the register as screens, lists and printouts show it: its number and place, what
 * it is, whose it is (the owners of the day it was filed; marked as the previous owner's after a
 * 过户), and whether it is in, out or destroyed.
 */
public record ArchiveDocument(
        long id,
        String fileNo,
        long unitId,
        RoomCode room,
        String floor,
        int floorOrder,
        int sequence,
        long typeId,
        String typeName,
        Optional<String> person,
        int pages,
        LocalDate received,
        String filedBy,
        Confidentiality level,
        Optional<Integer> retentionYears,
        String notes,
        Optional<BoxRef> box,
        String ownerNames,
        Optional<LocalDate> ownersSince,
        Optional<LocalDate> previousOwnerUntil,
        Optional<LocalDate> dueBack,
        Optional<LocalDate> destroyedOn,
        int scans,
        int version) implements FileNumber.Shelved {

    public DocumentStatus status(LocalDate today) {
        if (destroyedOn.isPresent()) {
            return DocumentStatus.DESTROYED;
        }
        if (dueBack.isPresent()) {
            return dueBack.get().isBefore(today) ? DocumentStatus.OVERDUE : DocumentStatus.OUT;
        }
        return DocumentStatus.ON_FILE;
    }

    /** The first day it may be destroyed; empty for documents kept permanently. */
    public Optional<LocalDate> retainedUntil() {
        return retentionYears.map(received::plusYears);
    }

    public boolean isDestroyed() {
        return destroyedOn.isPresent();
    }

    /** Filed for owners the unit has had since: kept, but no longer on the current owners' checklist. */
    public boolean ofPreviousOwner() {
        return previousOwnerUntil.isPresent();
    }
}
