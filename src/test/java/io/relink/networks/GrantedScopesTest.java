package io.relink.networks;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.networks.Verdict.Transient.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One rule for every network: a token whose introspection reports scopes without one its adapter
 * requires is {@code SCOPE_MISSING}, the missing scopes named.
 *
 * <p>Proves rule checks R11 (numbered in the component's package-info).
 */
class GrantedScopesTest {

    static final Set<String> FACEBOOK =
            Set.of("pages_show_list", "pages_manage_posts", "pages_read_engagement");
    static final Instant LATER = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void a_working_token_without_a_required_scope_is_dead_with_the_scope_named() {
        Verdict judged =
                GrantedScopes.judge(
                        new Verdict.Valid(
                                LATER, null, Set.of("pages_show_list", "pages_read_engagement")),
                        FACEBOOK);

        assertThat(judged)
                .isInstanceOfSatisfying(
                        Verdict.Dead.class,
                        dead -> {
                            assertThat(dead.cause()).isEqualTo(Cause.SCOPE_MISSING);
                            assertThat(dead.rawCode())
                                    .isEqualTo("scope_missing:pages_manage_posts");
                            assertThat(dead.rawMessage()).contains("pages_manage_posts");
                            assertThat(GrantedScopes.missingIn(dead.rawCode()))
                                    .containsExactly("pages_manage_posts");
                        });
    }

    @Test
    void several_missing_scopes_are_named_in_order() {
        Verdict.Dead dead =
                (Verdict.Dead)
                        GrantedScopes.judge(
                                new Verdict.Valid(null, null, Set.of("pages_show_list")), FACEBOOK);

        assertThat(GrantedScopes.missingIn(dead.rawCode()))
                .containsExactly("pages_manage_posts", "pages_read_engagement");
    }

    @Test
    void every_required_scope_granted_keeps_the_answer_as_it_was() {
        Verdict valid =
                new Verdict.Valid(
                        LATER,
                        null,
                        Set.of(
                                "pages_show_list",
                                "pages_manage_posts",
                                "pages_read_engagement",
                                "read_insights"));

        assertThat(GrantedScopes.judge(valid, FACEBOOK)).isSameAs(valid);
    }

    @Test
    void an_answer_that_reports_no_scopes_says_nothing_about_them() {
        Verdict valid = new Verdict.Valid(null, null, Set.of());

        assertThat(GrantedScopes.judge(valid, FACEBOOK)).isSameAs(valid);
    }

    @Test
    void an_adapter_that_requires_nothing_is_never_short_of_a_scope() {
        Verdict valid = new Verdict.Valid(null, null, Set.of("read"));

        assertThat(GrantedScopes.judge(valid, Set.of())).isSameAs(valid);
    }

    @Test
    void dead_and_transient_answers_pass_unchanged() {
        Verdict dead = new Verdict.Dead(Cause.PASSWORD_CHANGED, "190/460", null);
        Verdict trouble = new Verdict.Transient(Kind.TIMEOUT, null, "timeout");

        assertThat(GrantedScopes.judge(dead, FACEBOOK)).isSameAs(dead);
        assertThat(GrantedScopes.judge(trouble, FACEBOOK)).isSameAs(trouble);
    }

    @Test
    void the_raw_code_fits_its_column_however_many_scopes_are_missing() {
        Set<String> many =
                Set.of(
                        "instagram_business_basic",
                        "instagram_business_content_publish",
                        "instagram_business_manage_comments",
                        "instagram_business_manage_insights");
        Verdict.Dead dead =
                (Verdict.Dead)
                        GrantedScopes.judge(new Verdict.Valid(null, null, Set.of("x")), many);

        assertThat(dead.rawCode()).hasSizeLessThanOrEqualTo(100).startsWith("scope_missing:");
        assertThat(dead.rawMessage()).contains("instagram_business_manage_insights");
    }

    @Test
    void openid_connect_scopes_are_not_required_after_connect() {
        assertThat(
                        GrantedScopes.required(
                                List.of(
                                        "openid",
                                        "email",
                                        "profile",
                                        "https://www.googleapis.com/auth/youtube.upload"),
                                Set.of("email", "https://www.googleapis.com/auth/youtube.upload")))
                .containsExactly("https://www.googleapis.com/auth/youtube.upload");
    }

    @Test
    void only_the_core_scopes_asked_for_are_required_so_a_declined_optional_one_is_no_loss() {
        List<String> asked =
                List.of(
                        "pages_show_list",
                        "pages_manage_posts",
                        "read_insights",
                        "business_management");
        Set<String> core = Set.of("pages_show_list", "pages_manage_posts");
        assertThat(GrantedScopes.required(asked, core))
                .containsExactly("pages_manage_posts", "pages_show_list");
        // a deployment that asks for less does not require what it never asked
        assertThat(GrantedScopes.required(List.of("pages_show_list"), core))
                .containsExactly("pages_show_list");
        Set<String> required = GrantedScopes.required(asked, core);
        assertThat(
                        GrantedScopes.judge(
                                new Verdict.Valid(
                                        null,
                                        null,
                                        Set.of("pages_show_list", "pages_manage_posts")),
                                required))
                .as("insights and business portfolio declined: still valid")
                .isInstanceOf(Verdict.Valid.class);
        assertThat(
                        GrantedScopes.judge(
                                new Verdict.Valid(
                                        null, null, Set.of("pages_show_list", "read_insights")),
                                required))
                .as("publishing withdrawn: dead")
                .isInstanceOf(Verdict.Dead.class);
    }

    @Test
    void other_raw_codes_name_no_scope() {
        assertThat(GrantedScopes.missingIn("190/460")).isEmpty();
        assertThat(GrantedScopes.missingIn(null)).isEmpty();
        assertThat(GrantedScopes.missingIn("data_access_expired")).isEmpty();
    }
}
