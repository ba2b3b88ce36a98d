package io.relink.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relink.problems.ProblemException;
import io.relink.sandbox.entity.OutageKind;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad scripting input is a 400 that names the parameter, never a 500. */
class ScriptInputTest {

    static void refused(ThrowingCallable call, String parameter) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> {
                            assertThat(problem.status()).isEqualTo(400);
                            assertThat(problem.extensions()).containsEntry("parameter", parameter);
                        });
    }

    @Test
    void kinds_are_read_case_insensitively() { // R9
        assertThat(ScriptInput.kind("rate_limited")).isEqualTo(OutageKind.RATE_LIMITED);
        assertThat(ScriptInput.kind(" TIMEOUT ")).isEqualTo(OutageKind.TIMEOUT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"DOWN", "server-error"})
    void an_unknown_kind_is_refused(String kind) { // R9
        refused(() -> ScriptInput.kind(kind), "kind");
    }

    @Test
    void seconds_are_whole_numbers_from_one_to_the_maximum() { // R9
        assertThat(ScriptInput.seconds("1", 60)).isEqualTo(1);
        assertThat(ScriptInput.seconds("60", 60)).isEqualTo(60);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "-5", "61", "1.5", "ten", "99999999999999999999"})
    void other_seconds_are_refused(String seconds) { // R9
        refused(() -> ScriptInput.seconds(seconds, 60), "seconds");
    }

    @Test
    void only_known_scopes_can_be_withdrawn() { // R9
        assertThat(Scopes.one("publish", "scope")).isEqualTo("publish");
        refused(() -> Scopes.one("write", "scope"), "scope");
        refused(() -> Scopes.one(null, "scope"), "scope");
    }

    @Test
    void ids_are_plain_words_and_never_the_global_subject() { // R9
        assertThat(ScriptInput.id("sbx-page_1.x", "id")).isEqualTo("sbx-page_1.x");
        refused(() -> ScriptInput.id("*", "id"), "id");
        refused(() -> ScriptInput.id("a b", "id"), "id");
        refused(() -> ScriptInput.id("x".repeat(101), "id"), "id");
        refused(() -> ScriptInput.id(null, "account"), "account");
    }

    @Test
    void an_account_body_gives_its_name_and_pages() { // R9
        ScriptInput.AccountBody body =
                ScriptInput.account(
                        "{\"name\":\" Ana Sandbox \",\"pages\":[{\"id\":\"sbx-page-1\",\"name\":\"Acme\"}]}");
        assertThat(body.name()).isEqualTo("Ana Sandbox");
        assertThat(body.pages())
                .containsExactly(new SandboxAccounts.PageSpec("sbx-page-1", "Acme"));
        assertThat(ScriptInput.account("{\"name\":\"Bob\"}").pages()).isEmpty();
    }

    @Test
    void a_bad_account_body_names_what_is_wrong() { // R9
        refused(() -> ScriptInput.account("{\"pages\":[]}"), "name");
        refused(() -> ScriptInput.account("{\"name\":\"  \"}"), "name");
        refused(() -> ScriptInput.account("{\"name\":\"Ana\",\"pages\":{}}"), "pages");
        refused(
                () ->
                        ScriptInput.account(
                                "{\"name\":\"Ana\",\"pages\":[{\"id\":\"a b\",\"name\":\"x\"}]}"),
                "pages.id");
        refused(
                () -> ScriptInput.account("{\"name\":\"Ana\",\"pages\":[{\"id\":\"p\"}]}"),
                "pages.name");
        assertThatThrownBy(() -> ScriptInput.account("not json"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.type()).isEqualTo("malformed-body"));
        assertThatThrownBy(() -> ScriptInput.account("[1]")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> ScriptInput.account(null)).isInstanceOf(ProblemException.class);
    }

    @Test
    void too_many_pages_are_refused() { // R9
        List<SandboxAccounts.PageSpec> many =
                java.util.stream.IntStream.range(0, 101)
                        .mapToObj(i -> new SandboxAccounts.PageSpec("p" + i, "P"))
                        .toList();
        refused(() -> ScriptInput.pages(many), "pages");
    }

    @Test
    void a_token_request_names_known_scopes_in_canonical_order() { // R9
        assertThat(ScriptInput.scopes("{\"scopes\":[\"insights\",\"read\"]}"))
                .containsExactly("read", "insights");
        refused(() -> ScriptInput.scopes("{\"scopes\":[]}"), "scopes");
        refused(() -> ScriptInput.scopes("{\"scopes\":[\"read\",\"admin\"]}"), "scopes");
        refused(() -> ScriptInput.scopes("{\"scopes\":\"read\"}"), "scopes");
        refused(() -> ScriptInput.scopes("{\"scopes\":[1]}"), "scopes");
    }
}
