package org.sitedesk.estate;

import java.util.Comparator;
import java.util.List;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.estate.files.FileProblem;

/** An import refused as a whole: every problem found, each with its file, line and column. */
public final class ImportRefusedException extends UserFacingException {
    private final transient List<FileProblem> problems;

    public ImportRefusedException(List<FileProblem> problems) {
        super("import.refused", problems.size());
        this.problems = problems.stream()
                .sorted(Comparator.comparing(FileProblem::file).thenComparingInt(FileProblem::line)
                        .thenComparingInt(FileProblem::column))
                .toList();
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
