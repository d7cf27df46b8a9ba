package org.sitedesk.core.db;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versions of the migrations this program carries ({@code db/migration/V<n>__….sql}), read from
 * the folder or the jar's list of entries: a few milliseconds, against Flyway's scan of most of a
 * second. Versions need not be consecutive (a feature's migration may be numbered ahead of another
 * feature's that comes with a later merge). Empty when they cannot be read, which sends the opening
 * through Flyway.
 */
final class CarriedMigrations {
    private static final String FOLDER = "db/migration";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__.*\\.sql");

    private CarriedMigrations() {
    }

    static Set<Integer> versions() {
        return versions(CarriedMigrations.class.getClassLoader());
    }

    /** As found by {@code loader}: the program's own, or a jar's in a test. */
    static Set<Integer> versions(ClassLoader loader) {
        Set<Integer> versions = new HashSet<>();
        URL folder = loader.getResource(FOLDER);
        if (folder == null) {
            return versions;
        }
        try {
            if ("file".equals(folder.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                    files.forEach(file -> add(file.getFileName().toString(), versions));
                }
            } else if ("jar".equals(folder.getProtocol())) {
                // a JarFile of its own: the class loader's cached one must not be closed
                URL jar = ((JarURLConnection) folder.openConnection()).getJarFileURL();
                try (JarFile file = new JarFile(Path.of(jar.toURI()).toFile())) {
                    for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(FOLDER + "/")) {
                            add(name.substring(FOLDER.length() + 1), versions);
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException unreadable) {
            return Set.of();
        }
        return versions;
    }

    private static void add(String fileName, Set<Integer> versions) {
        Matcher matcher = NAME.matcher(fileName);
        if (matcher.matches()) {
            versions.add(Integer.parseInt(matcher.group(1)));
        }
    }
}
