package io.relink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration tables and microprofile-config.properties tell the same story: an
 * operator who reads the README learns every key the file names, and no key the README names is an
 * invention. The file is the one place of every default (R4 of {@code io.relink.platform}), so the
 * Java code repeats none.
 */
class ConfigurationDocumentedTest {

    private static final Path PROPERTIES =
            Path.of("src/main/resources/META-INF/microprofile-config.properties");
    private static final Path README = Path.of("README.md");
    private static final Path MAIN = Path.of("src/main");

    /** A key the file sets, or shows commented out as an option ("# relink.x.y=..."). */
    private static final Pattern COMMENTED_KEY =
            Pattern.compile("^#\\s?([a-z][A-Za-z0-9_.-]*(?:/[A-Za-z]+)*)=");

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** {@code <network>} and the like in a README key: one name segment (or part of one). */
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^>]+>");

    @Test
    @DisplayName(
            "R4: every key the properties file names (set or commented out) is in the README's configuration tables")
    void everyKeyOfThePropertiesFileIsInTheReadme() {
        List<Pattern> documented =
                readmeKeys().keySet().stream().map(ConfigurationDocumentedTest::asPattern).toList();
        List<String> missing =
                fileKeys().stream()
                        .filter(key -> documented.stream().noneMatch(p -> p.matcher(key).matches()))
                        .toList();
        assertThat(missing)
                .as("keys of %s missing from the README's configuration tables", PROPERTIES)
                .isEmpty();
    }

    @Test
    @DisplayName("R4: every key the README's configuration tables name exists in src/main")
    void everyKeyOfTheReadmeExistsInTheCode() {
        String code = mainSources();
        List<String> invented =
                readmeKeys().keySet().stream()
                        .filter(key -> !asPattern(key, false).matcher(code).find())
                        .toList();
        assertThat(invented).as("README keys found nowhere in src/main").isEmpty();
    }

    @Test
    @DisplayName("R4: a default the README names is the one the properties file sets")
    void readmeDefaultsAreThoseOfThePropertiesFile() {
        Properties file = properties();
        List<String> wrong = new ArrayList<>();
        readmeKeys()
                .forEach(
                        (key, shown) -> {
                            String set = file.getProperty(key);
                            if (shown != null && set != null && !shown.equals(set)) {
                                wrong.add(key + ": README " + shown + ", file " + set);
                            }
                        });
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("R4: no @ConfigProperty repeats a default outside the properties file")
    void javaRepeatsNoDefault() throws IOException {
        // The network adapters' own defaults (URLs, timeouts, scopes) have not moved yet.
        try (Stream<Path> files = Files.walk(MAIN.resolve("java/io/relink"))) {
            List<String> repeated =
                    files.filter(f -> f.toString().endsWith(".java"))
                            .filter(f -> !f.startsWith(MAIN.resolve("java/io/relink/networks")))
                            .flatMap(
                                    f ->
                                            lines(f).stream()
                                                    .filter(
                                                            l ->
                                                                    l.contains("@ConfigProperty(")
                                                                            && l.contains(
                                                                                    "defaultValue"))
                                                    .map(l -> f + ": " + l.strip()))
                            .toList();
            assertThat(repeated).isEmpty();
        }
    }

    /**
     * Keys (or key patterns) of the README's configuration tables, each with its default when one
     * key shows one value.
     */
    static Map<String, String> readmeKeys() {
        String readme = read(README);
        int start = readme.indexOf("\n## Configuration\n");
        assertThat(start).as("README has a Configuration section").isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : section.split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.substring(1).split(" \\| ");
            List<String> named = codes(cells[0]);
            List<String> defaults = cells.length > 1 ? codes(cells[1]) : List.of();
            String shown =
                    named.size() == 1
                                    && defaults.size() == 1
                                    && cells[1].strip().equals("`" + defaults.get(0) + "`")
                            ? defaults.get(0)
                            : null;
            named.forEach(key -> keys.put(key, shown));
        }
        assertThat(keys).as("keys in the README's configuration tables").isNotEmpty();
        return keys;
    }

    static TreeSet<String> fileKeys() {
        TreeSet<String> keys = new TreeSet<>(properties().stringPropertyNames());
        for (String line : lines(PROPERTIES)) {
            Matcher m = COMMENTED_KEY.matcher(line);
            if (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    private static Pattern asPattern(String readmeKey) {
        return asPattern(readmeKey, true);
    }

    /** The README key as a pattern; a placeholder stands for one name segment or part of it. */
    private static Pattern asPattern(String readmeKey, boolean whole) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(readmeKey);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(readmeKey.substring(last, m.start())))
                    .append("[A-Za-z0-9_-]+");
            last = m.end();
        }
        regex.append(Pattern.quote(readmeKey.substring(last)));
        return Pattern.compile(
                whole ? regex.toString() : "(?<![A-Za-z0-9_.-])" + regex + "(?![A-Za-z0-9_-])");
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    private static Properties properties() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(PROPERTIES)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String mainSources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(java|properties|xml|xhtml|sql|md)$"))
                    .map(ConfigurationDocumentedTest::read)
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        return List.of(read(file).split("\n"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
