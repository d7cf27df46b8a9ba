package org.sitedesk.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.sitedesk.estate.Person;
import org.sitedesk.estate.files.TableWriter;
import org.sitedesk.estate.search.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitedesk find TEXT}: the search box on the command line: room, owners and their masked
 * phones; exit 1 when nothing is found.
 */
@Command(name = "find", mixinStandardHelpOptions = true, sortOptions = false)
public final class FindCommand implements Callable<Integer> {
    private static final int LIMIT = 50;

    private final CliContext context;

    @Mixin
    DatabaseOption database;

    @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text", descriptionKey = "cli.find.option.format")
    String format;

    @Parameters(paramLabel = "TEXT", descriptionKey = "cli.find.text")
    String text;

    public FindCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return context.withServices(database.value(), services -> {
            List<SearchHit> hits = services.estate().finder().lookUp(text, LIMIT);
            boolean csv = "csv".equalsIgnoreCase(format);
            if (csv) {
                context.out().println("room,owners,phones,matched");
            }
            Map<Long, List<Person>> ownersByUnit = services.estate().households()
                    .currentOwners(hits.stream().map(SearchHit::unitId).toList());
            for (SearchHit hit : hits) {
                List<Person> owners = ownersByUnit.getOrDefault(hit.unitId(), List.of());
                String names = owners.stream().map(Person::name).collect(Collectors.joining("、"));
                String phones = owners.stream().map(Person::maskedPhone).filter(phone -> !phone.isEmpty())
                        .collect(Collectors.joining(" "));
                context.out().println(csv
                        ? TableWriter.csvLine(List.of(hit.room().toString(), names, phones, hit.matched()))
                        : String.join("\t", hit.room().toString(), names, phones));
            }
            return hits.isEmpty() ? ExitCode.FAILURE : ExitCode.OK;
        });
    }
}
