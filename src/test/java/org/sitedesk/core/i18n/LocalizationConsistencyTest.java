package org.sitedesk.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every key the code uses exists in both bundles, the bundles hold the same keys, and no key is
 * unused. Keys are string literals in the code (enums name theirs in their constructors); picocli
 * reads its own keys (usage.*, mixinStandardHelpOptions.*, sitedesk[.sub].usage.*) by convention.
 */
class LocalizationConsistencyTest {
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+)\"");
    /** Printout templates name their labels as {@code $R{key}}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\$R\\{([a-zA-Z0-9_.]+)}");
    private static final Set<String> PICOCLI_PREFIXES = Set.of("usage.", "mixinStandardHelpOptions.", "sitedesk.");

    private static Set<String> chinese;
    private static Set<String> english;
    private static Set<String> literals;

    @BeforeAll
    static void read() throws IOException {
        chinese = new Messages(Language.CHINESE).bundle().keySet();
        english = new Messages(Language.ENGLISH).bundle().keySet();
        literals = new HashSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/jasperreports"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".jrxml")).toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    literals.add(matcher.group(1));
                }
            }
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    literals.add(matcher.group(1));
                }
            }
        }
    }

    @Test
    void bothBundlesHoldTheSameKeys() {
        assertThat(difference(chinese, english)).as("only in zh_CN").isEmpty();
        assertThat(difference(english, chinese)).as("only in en").isEmpty();
    }

    @Test
    void everyKeyUsedInTheCodeExists() {
        Set<String> prefixes = new HashSet<>();
        chinese.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        Set<String> missing = new TreeSet<>();
        for (String literal : literals) {
            // a file name such as "keys.csv" starts like a key but is none
            boolean looksLikeKey = prefixes.stream().anyMatch(literal::startsWith)
                    && PICOCLI_PREFIXES.stream().noneMatch(literal::startsWith)
                    && !literal.matches(".*\\.(csv|xlsx|pdf|png|jrxml|jasper)");
            if (looksLikeKey && !chinese.contains(literal) && !isSettingKey(literal)
                    && !System.getProperties().containsKey(literal)) {
                missing.add(literal);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noKeyIsUnused() {
        Set<String> unused = new TreeSet<>();
        for (String key : chinese) {
            if (!literals.contains(key) && PICOCLI_PREFIXES.stream().noneMatch(key::startsWith)) {
                unused.add(key);
            }
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void everyMessageWithArgumentsIsAValidPattern() {
        for (Language language : Language.values()) {
            Messages messages = new Messages(language);
            for (String key : messages.bundle().keySet()) {
                String text = messages.get(key);
                if (text.contains("{0}")) {
                    assertThat(messages.format(key, "A", "B", "C")).as(key).contains("A").doesNotContain("{0}");
                }
            }
        }
    }

    /** Keys of {@code site_setting} rows look like message keys but are stored, not shown. */
    private static boolean isSettingKey(String literal) {
        return literal.startsWith("site.");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return Collections.unmodifiableSet(result);
    }
}
