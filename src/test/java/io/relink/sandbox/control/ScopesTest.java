package io.relink.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relink.problems.ProblemException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scopes are written in one canonical order, so equal grants are equal strings. */
class ScopesTest {

    @Test
    void any_order_and_separator_comes_out_canonical() { // R9
        assertThat(Scopes.format(Scopes.parse("insights,publish read", "scope")))
                .isEqualTo("read publish insights");
        assertThat(Scopes.format(Set.of("publish", "read"))).isEqualTo("read publish");
        assertThat(Scopes.ordered(Set.of("insights", "read"))).containsExactly("read", "insights");
    }

    @Test
    void stored_text_reads_back() { // R9
        assertThat(Scopes.of("read publish")).containsExactly("read", "publish");
        assertThat(Scopes.of("")).isEmpty();
        assertThat(Scopes.of(null)).isEmpty();
    }

    @Test
    void unknown_or_no_scopes_are_refused() { // R9
        assertThatThrownBy(() -> Scopes.parse("read write", "scope"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("write");
        assertThatThrownBy(() -> Scopes.parse("  ", "scope")).isInstanceOf(ProblemException.class);
    }
}
