package io.relink.sandbox.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.sandbox.control.AccountScripts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scripts that take only an account are one table: each path segment runs its own script, and
 * no other segment matches.
 */
class ScriptResourceTest {

    /** Records which script ran, for which account. */
    static final class RecordingScripts extends AccountScripts {

        final List<String> ran = new ArrayList<>();

        private JsonObject ran(String script, String id) {
            ran.add(script + " " + id);
            return Json.createObjectBuilder().add("id", id).build();
        }

        @Override
        public JsonObject passwordChange(String id) {
            return ran("passwordChange", id);
        }

        @Override
        public JsonObject revokeApp(String id) {
            return ran("revokeApp", id);
        }

        @Override
        public JsonObject checkpoint(String id) {
            return ran("checkpoint", id);
        }

        @Override
        public JsonObject disable(String id) {
            return ran("disable", id);
        }

        @Override
        public JsonObject restore(String id) {
            return ran("restore", id);
        }
    }

    @Test
    void each_segment_runs_its_own_script_and_answers_its_view() {
        Map<String, String> expected =
                Map.of(
                        "password-change",
                        "passwordChange",
                        "revoke-app",
                        "revokeApp",
                        "checkpoint",
                        "checkpoint",
                        "disable",
                        "disable",
                        "restore",
                        "restore");
        assertThat(ScriptResource.FATES).containsOnlyKeys(expected.keySet());
        expected.forEach(
                (segment, script) -> {
                    RecordingScripts scripts = new RecordingScripts();
                    assertThat(ScriptResource.FATES.get(segment).apply(scripts, "ana"))
                            .isEqualTo(Json.createObjectBuilder().add("id", "ana").build());
                    assertThat(scripts.ran).containsExactly(script + " ana");
                });
    }

    @Test
    void the_path_matches_exactly_the_segments_of_the_table() throws NoSuchMethodException {
        Method fate = ScriptResource.class.getMethod("fate", String.class, String.class);
        assertThat(fate.isAnnotationPresent(POST.class)).isTrue();
        Matcher template =
                Pattern.compile("accounts/\\{id\\}/\\{fate: ([^}]+)\\}")
                        .matcher(fate.getAnnotation(Path.class).value());
        assertThat(template.matches()).isTrue();
        assertThat(Set.of(template.group(1).split("\\|"))).isEqualTo(ScriptResource.FATES.keySet());
        Pattern segment = Pattern.compile(template.group(1));
        // The scripts with paths of their own must not fall into the table.
        for (String other :
                List.of(
                        "deauthorize",
                        "withdraw-scope",
                        "lifespan",
                        "outage",
                        "tokens",
                        "disabled",
                        "restore2",
                        "")) {
            assertThat(segment.matcher(other).matches()).as(other).isFalse();
        }
    }
}
