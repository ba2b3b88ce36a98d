package io.relink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * persistence.xml lists every entity and mapped superclass and excludes the rest, so that Hibernate
 * does not index every class of the WAR at each start to find them. An entity left out of the list
 * would be unknown to Hibernate: its queries would fail at boot, or worse, at first use.
 */
class PersistenceUnitTest {

    private static final Path PERSISTENCE_XML =
            Path.of("src/main/resources/META-INF/persistence.xml");

    private static final Pattern CLASS = Pattern.compile("<class>\\s*([\\w.$]+)\\s*</class>");

    @Test
    @DisplayName("persistence.xml lists exactly the entities and mapped superclasses of the code")
    void listsEveryEntity() throws Exception {
        String xml = Files.readString(PERSISTENCE_XML);
        TreeSet<String> listed = new TreeSet<>();
        Matcher matcher = CLASS.matcher(xml);
        while (matcher.find()) {
            listed.add(matcher.group(1));
        }
        assertThat(xml).contains("<exclude-unlisted-classes>true</exclude-unlisted-classes>");
        assertThat(listed).containsExactlyElementsOf(mapped());
    }

    /** Every class under target/classes annotated @Entity or @MappedSuperclass. */
    private static TreeSet<String> mapped() throws IOException, URISyntaxException {
        Path classes =
                Path.of(Setting.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        TreeSet<String> mapped = new TreeSet<>();
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names =
                    files.filter(file -> file.toString().endsWith(".class"))
                            .map(file -> classes.relativize(file).toString())
                            .map(name -> name.substring(0, name.length() - ".class".length()))
                            .map(name -> name.replace('/', '.').replace('\\', '.'))
                            .toList();
        }
        for (String name : names) {
            Class<?> type;
            try {
                type = Class.forName(name, false, PersistenceUnitTest.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError unloadable) {
                continue;
            }
            if (type.isAnnotationPresent(Entity.class)
                    || type.isAnnotationPresent(MappedSuperclass.class)) {
                mapped.add(name);
            }
        }
        return mapped;
    }
}
