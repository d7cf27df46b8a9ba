package org.sitedesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitedesk --smoke} and {@code --demo} end to end, in a separate JVM as a user would start
 * them: the window, the database, the sample estate. Monocle stands in for the display.
 */
class SmokeStartTest {
    @TempDir
    Path folder;

    @Test
    void smokePrintsReadyWithTheStartUpTimeAndExitsZero() throws Exception {
        Result result = run("--smoke", "--db", folder.resolve("site").toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).containsPattern("(?m)^ready \\d+$");
        assertThat(folder.resolve("site.mv.db")).exists();
        nothingSlowRanOnTheFxThread(result.output());
    }

    @Test
    void smokeOnAFileThatIsNotADatabaseExitsOneWithOneSentence() throws Exception {
        Path notes = java.nio.file.Files.writeString(folder.resolve("notes.mv.db"), "not a database");

        Result result = run("--smoke", "--lang", "en", "--db", notes.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("sitedesk: " + notes + " is not a SiteDesk database file; nothing was changed.");
        assertThat(result.output()).doesNotContain("Exception");
    }

    @Test
    void theDemoOpensSignedInOnTheSampleSite() throws Exception {
        Result result = run("--smoke", "--demo");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).containsPattern("(?m)^ready \\d+$");
        nothingSlowRanOnTheFxThread(result.output());
    }

    /**
     * The log names each start-up phase with the time it held the FX thread: the database (and, with
     * --demo, the sample) is opened on a background thread, never the FX thread. How long the window
     * takes to build depends on the machine's load, so it is reported (bench/run), not asserted.
     */
    private static void nothingSlowRanOnTheFxThread(String log) {
        Matcher database = Pattern.compile("start-up database: \\d+ ms after the JVM started, \\d+ ms on thread (.+)")
                .matcher(log);
        assertThat(database.find()).as(log).isTrue();
        assertThat(database.group(1).trim()).isNotEqualTo("JavaFX Application Thread");
        Matcher phases = Pattern.compile("start-up (window|sign-in): \\d+ ms after the JVM started, (\\d+) ms on the FX thread")
                .matcher(log);
        List<String> seen = new java.util.ArrayList<>();
        while (phases.find()) {
            seen.add(phases.group(1));
        }
        assertThat(seen).containsExactly("window", "sign-in");
    }

    private Result run(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dorg.slf4j.simpleLogger.logFile=System.err",
                "-Dorg.slf4j.simpleLogger.log.org.sitedesk.shell.StartupLog=info",
                "-Duser.home=" + folder, "-cp", System.getProperty("java.class.path"), "org.sitedesk.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String output) {
    }
}
