package io.relink.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's table of history actions and {@link Action} name the same actions.
 *
 * <p>Proves rules audit R4 (numbered in the component's package-info).
 */
class ActionTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z.-]+)` \\|", Pattern.MULTILINE);

    @Test
    void the_readme_table_lists_every_history_action_and_no_other() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("| action | written when |");
        assertThat(start).as("the README's table of history actions").isNotNegative();
        String table = readme.substring(start, readme.indexOf("\n\n", start));
        Set<String> documented =
                ROW.matcher(table).results().map(m -> m.group(1)).collect(Collectors.toSet());

        assertThat(documented)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Action.values()).map(Action::key).toList());
    }

    @Test
    void keys_are_unique_and_shaped_like_subject_dot_verb() {
        Set<String> keys =
                Arrays.stream(Action.values()).map(Action::key).collect(Collectors.toSet());
        assertThat(keys).hasSize(Action.values().length);
        for (String key : keys) {
            Matcher shape = Pattern.compile("[a-z-]+\\.[a-z-]+").matcher(key);
            assertThat(shape.matches()).as(key).isTrue();
        }
    }
}
