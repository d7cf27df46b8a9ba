package org.sitedesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitedesk.estate.files.ImportKind;
import org.sitedesk.estate.files.RowFormats;
import org.sitedesk.estate.files.TableWriter;
import org.sitedesk.estate.generate.EstateGenerator;
import org.sitedesk.estate.generate.GeneratedEstate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitedesk generate --units N --out DIR [--seed S]}: a synthetic estate in the import formats. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false)
public final class GenerateCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--units", paramLabel = "N", required = true, descriptionKey = "cli.generate.option.units")
    int units;

    @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "cli.generate.option.out")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "cli.generate.option.seed")
    long seed;

    @Option(names = "--format", paramLabel = "csv|xlsx", defaultValue = "csv", descriptionKey = "cli.export.option.format")
    ExportCommand.Format format;

    public GenerateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (units < 1 || units > 1_000_000) {
            context.err().println(context.messages().get("cli.generate.unitsRange"));
            return ExitCode.BAD_INPUT;
        }
        GeneratedEstate estate = new EstateGenerator(seed).generate(units);
        try {
            Files.createDirectories(out);
            Path unitsFile = out.resolve("units." + format.name());
            Path ownersFile = out.resolve("owners." + format.name());
            TableWriter.write(unitsFile, ImportKind.UNITS.englishHeader(), estate.units().stream().map(RowFormats::unit).toList());
            TableWriter.write(ownersFile, ImportKind.OWNERS.englishHeader(),
                    estate.owners().stream().map(RowFormats::owner).toList());
            context.out().println(context.messages().format("cli.generate.done", estate.units().size(),
                    estate.owners().size(), out));
            return ExitCode.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
