package io.relink.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relink.problems.ProblemException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A consent request is checked before anything is shown; the redirect carries code or error, and
 * state.
 */
class AuthorizeRequestTest {

    static final String CLIENT = "relink-sandbox";
    static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    static final String REDIRECT = "https://relink.example/api/v1/callbacks/sandbox";

    static AuthorizeRequest parse(
            String responseType,
            String clientId,
            String redirect,
            String scope,
            String state,
            String challenge,
            String method) {
        return AuthorizeRequest.parse(
                responseType, clientId, redirect, scope, state, challenge, method, CLIENT);
    }

    @Test
    void a_complete_request_is_taken() { // R9
        AuthorizeRequest request =
                parse("code", CLIENT, REDIRECT, "publish read", "s1", CHALLENGE, "S256");
        assertThat(request.scopes()).containsExactlyInAnyOrder("read", "publish");
        assertThat(request.codeChallenge()).isEqualTo(CHALLENGE);
        assertThat(request.state()).isEqualTo("s1");
    }

    @Test
    void pkce_and_state_are_optional() { // R5
        AuthorizeRequest request = parse("code", CLIENT, REDIRECT, "read", null, null, null);
        assertThat(request.codeChallenge()).isNull();
        assertThat(request.state()).isNull();
        assertThat(request.withCode("c").toString()).isEqualTo(REDIRECT + "?code=c");
    }

    @Test
    void each_wrong_parameter_is_named() { // R9
        refused(() -> parse("token", CLIENT, REDIRECT, "read", null, null, null), "response_type");
        refused(() -> parse("code", "other", REDIRECT, "read", null, null, null), "client_id");
        refused(() -> parse("code", CLIENT, null, "read", null, null, null), "redirect_uri");
        refused(() -> parse("code", CLIENT, "/relative", "read", null, null, null), "redirect_uri");
        refused(
                () -> parse("code", CLIENT, "ftp://x.example/", "read", null, null, null),
                "redirect_uri");
        refused(
                () -> parse("code", CLIENT, REDIRECT + "#frag", "read", null, null, null),
                "redirect_uri");
        refused(() -> parse("code", CLIENT, REDIRECT, "", null, null, null), "scope");
        refused(() -> parse("code", CLIENT, REDIRECT, "read admin", null, null, null), "scope");
        refused(
                () -> parse("code", CLIENT, REDIRECT, "read", "x".repeat(501), null, null),
                "state");
        refused(
                () -> parse("code", CLIENT, REDIRECT, "read", null, CHALLENGE, "plain"),
                "code_challenge_method");
        refused(
                () -> parse("code", CLIENT, REDIRECT, "read", null, CHALLENGE, null),
                "code_challenge_method");
        refused(
                () -> parse("code", CLIENT, REDIRECT, "read", null, null, "S256"),
                "code_challenge");
        refused(
                () -> parse("code", CLIENT, REDIRECT, "read", null, "too-short", "S256"),
                "code_challenge");
    }

    @Test
    void the_redirect_carries_the_code_and_the_state_encoded() { // R7
        AuthorizeRequest request =
                parse("code", CLIENT, REDIRECT + "?tenant=a", "read", "a b&c", null, null);
        assertThat(request.withCode("sbx_code_x").toString())
                .isEqualTo(REDIRECT + "?tenant=a&code=sbx_code_x&state=a+b%26c");
        assertThat(request.denied().toString())
                .isEqualTo(REDIRECT + "?tenant=a&error=access_denied&state=a+b%26c");
    }

    @Test
    void the_parameters_by_name_are_the_same_request_as_in_order() {
        Map<String, String> link =
                Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        CLIENT,
                        "redirect_uri",
                        REDIRECT,
                        "scope",
                        "publish read",
                        "state",
                        "s1",
                        "code_challenge",
                        CHALLENGE,
                        "code_challenge_method",
                        "S256",
                        "account",
                        "ana",
                        "decision",
                        "allow");
        assertThat(AuthorizeRequest.parse(link::get, CLIENT))
                .isEqualTo(
                        parse("code", CLIENT, REDIRECT, "publish read", "s1", CHALLENGE, "S256"));
        assertThat(
                        AuthorizeRequest.parse(
                                Map.of(
                                                "response_type",
                                                "code",
                                                "client_id",
                                                CLIENT,
                                                "redirect_uri",
                                                REDIRECT,
                                                "scope",
                                                "read")
                                        ::get,
                                CLIENT))
                .isEqualTo(parse("code", CLIENT, REDIRECT, "read", null, null, null));
        Map<String, String> noMethod = new HashMap<>(link);
        noMethod.remove("code_challenge_method");
        refused(() -> AuthorizeRequest.parse(noMethod::get, CLIENT), "code_challenge_method");
        refused(() -> AuthorizeRequest.parse(link::get, "another-client"), "client_id");
    }

    static void refused(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String parameter) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> {
                            assertThat(problem.status()).isEqualTo(400);
                            assertThat(problem.extensions()).containsEntry("parameter", parameter);
                        });
    }
}
