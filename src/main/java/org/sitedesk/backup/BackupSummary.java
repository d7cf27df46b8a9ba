package org.sitedesk.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a backup held, written beside it when it is taken, so a restore can prove it brought back the
 * same: the schema version, the rows of every table, the last receipt number of each year and what
 * every unit owed on the day of the backup.
 */
public record BackupSummary(int schemaVersion, LocalDate asOf, Map<String, Integer> rows,
        Map<String, String> lastReceipts, Map<String, String> owedByRoom) {

    /** The summary's file: the backup's name with {@code .summary} in place of its ending. */
    public static Path besides(Path backup) {
        String name = backup.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return backup.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".summary");
    }

    public void write(Path file) {
        Properties properties = new Properties();
        properties.setProperty("schema.version", Integer.toString(schemaVersion));
        properties.setProperty("as.of", asOf.toString());
        rows.forEach((table, count) -> properties.setProperty("rows." + table, Integer.toString(count)));
        lastReceipts.forEach((year, number) -> properties.setProperty("receipts." + year, number));
        owedByRoom.forEach((room, owed) -> properties.setProperty("owed." + room, owed));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "SiteDesk backup summary");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BackupSummary read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, Integer> rows = new TreeMap<>();
        Map<String, String> receipts = new TreeMap<>();
        Map<String, String> owed = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (key.startsWith("rows.")) {
                rows.put(key.substring(5), Integer.parseInt(value));
            } else if (key.startsWith("receipts.")) {
                receipts.put(key.substring(9), value);
            } else if (key.startsWith("owed.")) {
                owed.put(key.substring(5), value);
            }
        }
        return new BackupSummary(Integer.parseInt(properties.getProperty("schema.version", "0")),
                LocalDate.parse(properties.getProperty("as.of")), rows, receipts, owed);
    }

    /** Each way {@code restored} differs from this summary, one sentence's arguments a line; empty when they agree. */
    public List<String> differences(BackupSummary restored) {
        List<String> found = new ArrayList<>();
        if (schemaVersion != restored.schemaVersion) {
            found.add("schema " + schemaVersion + " → " + restored.schemaVersion);
        }
        compare("rows", rows, restored.rows, found);
        compare("receipts", lastReceipts, restored.lastReceipts, found);
        compare("owed", owedByRoom, restored.owedByRoom, found);
        return found;
    }

    private static <V> void compare(String what, Map<String, V> expected, Map<String, V> actual, List<String> found) {
        TreeMap<String, V> all = new TreeMap<>(expected);
        actual.forEach(all::putIfAbsent);
        for (String key : all.keySet()) {
            V before = expected.get(key);
            V after = actual.get(key);
            if (before == null ? after != null : !before.equals(after)) {
                found.add(what + " " + key + ": " + before + " → " + after);
            }
        }
    }
}
