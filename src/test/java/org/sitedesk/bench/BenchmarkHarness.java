package org.sitedesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.time.Clock;
import javafx.application.Platform;
import org.sitedesk.app.sample.DemoCache;
import org.sitedesk.estate.search.SearchBenchmark;
import org.sitedesk.fees.FeeBenchmark;
import org.sitedesk.print.PrintBenchmark;
import org.sitedesk.repair.ui.BoardTickBenchmark;

/**
 * Every benchmark the project has, one table at the end (run by {@code bench/run}): start-up against a
 * bare window, search over 20,000 units, the import of 20,000 units and their owners, billing against a
 * plain JDBC batch, payment → receipt PDF, the board's tick with 500 cards, printing, and a working day's
 * memory. Figures, not assertions: {@code mvn verify} does not time anything.
 */
public final class BenchmarkHarness {
    private BenchmarkHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path scratch = Files.createTempDirectory("sitedesk-bench");
        List<Figure> figures = new ArrayList<>();
        only = List.of(args);
        step("start-up", () -> figures.addAll(StartupBenchmark.run(scratch.resolve("startup"))));
        step("search", () -> figures.addAll(SearchBenchmark.figures()));
        step("import", () -> figures.addAll(ImportBenchmark.run(scratch.resolve("import"))));
        step("billing and receipts", () -> figures.addAll(FeeBenchmark.figures()));
        step("printing", () -> figures.addAll(PrintBenchmark.figures()));
        CompletableFuture<Void> fx = new CompletableFuture<>();
        Platform.startup(() -> fx.complete(null));
        fx.join();
        step("board", () -> figures.addAll(BoardTickBenchmark.figures(scratch.resolve("board"))));
        step("working day", () -> figures.addAll(workingDay(scratch.resolve("demo-cache"))));
        Platform.exit();
        System.out.println();
        BenchmarkTable.print(figures);
        System.exit(0);
    }

    /** The steps named on the command line ({@code bench/run start-up search}); all when none are. */
    private static List<String> only = List.of();

    private static void step(String name, Step step) throws Exception {
        if (!only.isEmpty() && !only.contains(name)) {
            return;
        }
        System.err.println("bench: " + name + " …");
        long start = System.nanoTime();
        step.run();
        System.err.printf("bench: %s done in %.0f s%n", name, (System.nanoTime() - start) / 1e9);
    }

    /** The working day in its own process, so the resident memory is the day's alone. */
    private static List<Figure> workingDay(Path cache) throws IOException, InterruptedException {
        new DemoCache(cache, Clock.systemDefaultZone()).open(Files.createTempDirectory("sitedesk-demo"))
                .services().core().database().close();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // the options the program runs with (./sitedesk and the installers read the same file)
        Files.readAllLines(Path.of("installer", "jvm.options")).stream().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(command::add);
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), WorkingDay.class.getName(), cache.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MALLOC_ARENA_MAX", "2"); // as the launchers set it
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(20, TimeUnit.MINUTES);
        String line = output.lines().filter(text -> text.startsWith("working-day ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the working day printed no figures:\n" + output));
        double rss = value(line, "rss");
        double first = value(line, "heap1");
        double last = value(line, "heap8");
        double growth = (last - first) / first * 100;
        return List.of(
                Figure.of("working day: resident memory at the end", "≤ 350 MB", String.format("%.0f MB", rss), rss <= 350),
                Figure.of("working day: heap after GC, hour 1 → hour 8", "≤ +20 %",
                        String.format("%.0f → %.0f MB (%+.1f %%)", first, last, growth), growth <= 20));
    }

    private static double value(String line, String key) {
        for (String part : line.split(" ")) {
            if (part.startsWith(key + "=")) {
                return Double.parseDouble(part.substring(key.length() + 1));
            }
        }
        throw new IllegalStateException("no " + key + " in " + line);
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}
