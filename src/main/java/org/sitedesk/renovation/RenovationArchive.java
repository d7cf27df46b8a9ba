package org.sitedesk.renovation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitedesk.archive.ArchiveServices;
import org.sitedesk.archive.DocumentDraft;
import org.sitedesk.archive.DocumentType;
import org.sitedesk.core.files.HashedFileStore;
import org.sitedesk.core.files.FileKind;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;

/**
 * The owner file archive as the renovation module uses it (issue 18 item 1): attachments are checked
 * and stored as the archive stores scans (by SHA-256), and an approved application is filed into the
 * unit's archive under the archive's renovation document types, its attachments with it.
 */
public final class RenovationArchive {
    /** The archive's type for the approved application, and for the contractor's licence. */
    static final String APPLICATION_TYPE = "装修申请审批表";
    static final String LICENCE_TYPE = "施工单位资质";
    static final String DRAWINGS_TYPE = "装修图纸";

    private final ArchiveServices archive;

    public RenovationArchive(ArchiveServices archive) {
        this.archive = archive;
    }

    /** A file checked (PDF, JPEG or PNG, at most 20 MB) and stored; returns its hash and type. */
    public StoredScan store(Path file) {
        HashedFileStore.Checked checked = archive.scanStore().check(file);
        archive.scanStore().store(checked);
        return new StoredScan(checked.hash(), checked.kind().name());
    }

    /** Where a stored attachment lies, to open it. */
    public Path path(String hash, String type) {
        return archive.scanStore().path(hash, FileKind.valueOf(type));
    }

    /** Whether {@code actor} may file into the archive (an archivist or administrator). */
    public boolean mayFile(Actor actor) {
        return actor.may(Permission.FILE_DOCUMENTS);
    }

    /**
     * Files the application (with every attached scan), and the licence and plan apart where they were
     * attached, into the unit's archive. Returns the archive numbers given.
     */
    public List<String> file(Actor actor, Renovation renovation) {
        List<String> numbers = new ArrayList<>();
        List<Path> all = new ArrayList<>();
        for (FiledDocument document : renovation.documents()) {
            if (document.attached()) {
                all.add(path(document.scanHash().get(), document.scanType().get()));
            }
        }
        fileAs(actor, renovation, APPLICATION_TYPE, all, renovation.number()).ifPresent(numbers::add);
        for (FiledDocument document : renovation.documents()) {
            String type = switch (document.code()) {
                case "LICENCE" -> LICENCE_TYPE;
                case "PLAN", "STRUCTURE" -> DRAWINGS_TYPE;
                default -> "";
            };
            if (!type.isEmpty() && document.attached()) {
                fileAs(actor, renovation, type, List.of(path(document.scanHash().get(), document.scanType().get())),
                        renovation.number() + " " + document.name()).ifPresent(numbers::add);
            }
        }
        return numbers;
    }

    private Optional<String> fileAs(Actor actor, Renovation renovation, String typeName, List<Path> scans, String notes) {
        Optional<DocumentType> type = archive.types().named(typeName);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        int pages = Math.max(1, scans.size());
        return Optional.of(archive.filing().file(actor, new DocumentDraft(renovation.unitId(), Optional.empty(), type.get().id(),
                pages, Optional.empty(), Optional.empty(), Optional.empty(), notes), scans).fileNo());
    }

    /** An inspection's photos that are on this computer (a server database's stay on the counter that took them). */
    public List<Path> photos(Inspection inspection) {
        List<Path> files = new java.util.ArrayList<>();
        for (String photo : inspection.photos()) {
            int colon = photo.indexOf(':');
            if (colon > 0) {
                archive.scanStore().file(photo.substring(0, colon), FileKind.valueOf(photo.substring(colon + 1)))
                        .ifPresent(files::add);
            }
        }
        return files;
    }

    /** A stored scan's hash and type name. */
    public record StoredScan(String hash, String type) {
    }
}
