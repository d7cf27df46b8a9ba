package org.sitedesk.renovation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An inspection as recorded: the day, the findings (chosen from the list and typed), the photos taken
 * (files, checked and stored like the archive's scans), and where it found a violation the correction
 * and its deadline; a follow-up ({@code rectified}) closes the open notices.
 */
public record InspectionDraft(LocalDate on, String findings, List<Path> photos, boolean violation,
        Optional<String> correction, Optional<LocalDate> deadline, boolean rectified) {

    public InspectionDraft {
        photos = List.copyOf(photos);
    }
}
