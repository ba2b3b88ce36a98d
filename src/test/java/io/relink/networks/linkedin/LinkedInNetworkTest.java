package io.relink.networks.linkedin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.relink.networks.AuthorizationRequest;
import io.relink.networks.Cause;
import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.NetworkRefusal;
import io.relink.networks.NetworkTrouble;
import io.relink.networks.Probe;
import io.relink.networks.Renewal;
import io.relink.networks.Verdict;
import io.relink.networks.Verdict.Transient.Kind;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LinkedIn's own rules, over real HTTP against stubs shaped like LinkedIn. */
class LinkedInNetworkTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String TOKEN = "AQV_SECRET-access-0001";
    static final String REFRESH = "AQX_SECRET-refresh-0001";
    static final String ORGANIZATION = "urn:li:organization:2414183";
    static final Set<String> ALL_SCOPES =
            Set.of(
                    "email",
                    "openid",
                    "profile",
                    "r_organization_social",
                    "rw_organization_admin",
                    "w_member_social",
                    "w_organization_social");
    static final Verdict VALID =
            new Verdict.Valid(Instant.ofEpochSecond(1798804800), null, ALL_SCOPES);

    WireMockServer wire;
    LinkedInStubs stubs;
    LinkedInNetwork linkedin;

    @BeforeEach
    void start() {
        wire =
                new WireMockServer(
                        WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wire.start();
        stubs = new LinkedInStubs(wire);
        linkedin = stubs.adapter(Duration.ofSeconds(5), CLOCK);
    }

    @AfterEach
    void stop() {
        wire.stop();
    }

    // --- inspecting

    @Test
    void a_members_token_is_checked_by_introspection_alone_as_the_client() {
        stubs.introspection(TOKEN, 200, "introspect-active.json");

        assertThat(linkedin.inspect(new Probe(TOKEN, "urn:li:person:782bbtaQ"))).isEqualTo(VALID);

        LoggedRequest seen = only(postRequestedFor(urlPathEqualTo("/oauth/v2/introspectToken")));
        assertThat(seen.getHeader("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(form(seen))
                .isEqualTo(
                        Map.of(
                                "client_id",
                                "86relinkclient",
                                "client_secret",
                                "li-client-SECRET",
                                "token",
                                TOKEN));
        assertThat(wire.findAll(getRequestedFor(urlPathEqualTo("/rest/organizationAcls"))))
                .isEmpty();
    }

    @ParameterizedTest(name = "channel {0}")
    @CsvSource({"urn:li:organization:2414183", "2414183"})
    void an_organizations_token_is_valid_while_the_member_is_an_approved_administrator(
            String channel) {
        stubs.introspection(TOKEN, 200, "introspect-active.json").acls(TOKEN, 200, "acls.json");

        assertThat(linkedin.inspect(new Probe(TOKEN, channel))).isEqualTo(VALID);

        LoggedRequest acl = only(getRequestedFor(urlPathEqualTo("/rest/organizationAcls")));
        assertThat(acl.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(acl.getHeader("X-Restli-Protocol-Version")).isEqualTo("2.0.0");
        assertThat(acl.getHeader("LinkedIn-Version")).isEqualTo("202510");
        assertThat(acl.queryParameter("q").firstValue()).isEqualTo("roleAssignee");
        assertThat(acl.queryParameter("role").firstValue()).isEqualTo("ADMINISTRATOR");
        assertThat(acl.queryParameter("state").firstValue()).isEqualTo("APPROVED");
    }

    @Test
    void an_organization_no_longer_listed_is_a_lost_admin_role() {
        stubs.introspection(TOKEN, 200, "introspect-active.json")
                .acls(TOKEN, 200, "acls-other.json");
        assertThat(linkedin.inspect(new Probe(TOKEN, ORGANIZATION)))
                .isInstanceOfSatisfying(
                        Verdict.Dead.class,
                        dead -> {
                            assertThat(dead.cause()).isEqualTo(Cause.ADMIN_ROLE_LOST);
                            assertThat(dead.rawCode()).isEqualTo("200/organizationAcls/not-listed");
                        });
    }

    @Test
    void the_acl_is_read_page_after_page_and_only_approved_administrator_roles_count() {
        stubs.introspection(TOKEN, 200, "introspect-active.json")
                .acls(TOKEN, 0, 200, "acls-page-1.json")
                .acls(TOKEN, 2, 200, "acls-page-2.json");
        assertThat(linkedin.inspect(new Probe(TOKEN, ORGANIZATION))).isEqualTo(VALID);
        assertThat(wire.findAll(getRequestedFor(urlPathEqualTo("/rest/organizationAcls"))))
                .hasSize(2);

        stubs.acls(
                TOKEN,
                2,
                200,
                "acls-other.json"); // the approved role on page 2 is gone; page 1 lists it REVOKED
        assertThat(linkedin.inspect(new Probe(TOKEN, ORGANIZATION)))
                .extracting(v -> ((Verdict.Dead) v).cause())
                .isEqualTo(Cause.ADMIN_ROLE_LOST);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource({
        "401, api-revoked.json,       REVOKED_BY_USER, 401/REVOKED_ACCESS_TOKEN/65601",
        "401, api-expired.json,       LIFESPAN_ENDED,  401/EXPIRED_ACCESS_TOKEN/65602",
        "401, api-invalid.json,       UNKNOWN,         401/INVALID_ACCESS_TOKEN/65600",
        "403, api-access_denied.json, SCOPE_MISSING,   403/ACCESS_DENIED/100",
    })
    void an_acl_refused_to_the_token_has_the_cause_of_linkedins_code(
            int status, String file, Cause cause, String raw) {
        stubs.introspection(TOKEN, 200, "introspect-active.json").acls(TOKEN, status, file);
        Verdict verdict = linkedin.inspect(new Probe(TOKEN, ORGANIZATION));
        assertThat(verdict)
                .isEqualTo(
                        new Verdict.Dead(
                                cause,
                                raw,
                                LinkedInStubs.read(file)
                                        .replaceAll(".*\"message\":\"([^\"]*)\".*\\s*", "$1")));
    }

    @Test
    void a_token_issued_minutes_ago_that_the_api_calls_revoked_is_asked_again_later_not_killed() {
        stubs.introspection(TOKEN, 200, "introspect-young.json")
                .acls(TOKEN, 401, "api-revoked.json");
        Throwable thrown = catchThrowable(() -> linkedin.inspect(new Probe(TOKEN, ORGANIZATION)));
        assertThat(thrown)
                .isInstanceOfSatisfying(
                        NetworkTrouble.class,
                        trouble ->
                                assertThat(trouble.verdict().rawCode())
                                        .isEqualTo("401/REVOKED_ACCESS_TOKEN/65601"));
    }

    @Test
    void an_introspection_refusing_the_token_is_unknown_and_refusing_the_client_an_app_problem() {
        stubs.introspection(TOKEN, 400, "oauth-invalid_token.json");
        assertThat(linkedin.inspect(new Probe(TOKEN, null)))
                .isEqualTo(
                        new Verdict.Dead(
                                Cause.UNKNOWN,
                                "400/invalid_request",
                                "The provided token is invalid"));
        stubs.introspection(TOKEN, 401, "oauth-invalid_client.json");
        assertThat(linkedin.inspect(new Probe(TOKEN, null)))
                .isEqualTo(
                        new Verdict.Dead(
                                Cause.APP_PROBLEM,
                                "401/invalid_client",
                                "Client authentication failed"));
    }

    // --- daily limits

    @Test
    void a_429_without_retry_after_pauses_linkedin_until_midnight_utc_and_says_so() {
        assertThat(linkedin.pausedUntil()).isNull();
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429).withBody("{}")));

        NetworkTrouble trouble =
                (NetworkTrouble) catchThrowable(() -> linkedin.inspect(new Probe(TOKEN, null)));

        assertThat(trouble.verdict())
                .isEqualTo(new Verdict.Transient(Kind.RATE_LIMITED, Duration.ofHours(12), "429"));
        assertThat(trouble.getMessage()).contains("midnight UTC").contains("2026-11-23T00:00:00Z");
        assertThat(linkedin.pausedUntil()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
    }

    @Test
    void a_429_with_retry_after_pauses_that_long_and_a_shorter_one_never_shortens_a_pause() {
        wire.stubFor(
                any(anyUrl())
                        .willReturn(
                                aResponse()
                                        .withStatus(429)
                                        .withHeader("Retry-After", "600")
                                        .withBody("{}")));
        catchThrowable(() -> linkedin.inspect(new Probe(TOKEN, null)));
        assertThat(linkedin.pausedUntil()).isEqualTo(NOW.plusSeconds(600));

        wire.stubFor(
                any(anyUrl())
                        .willReturn(
                                aResponse()
                                        .withStatus(429)
                                        .withHeader("Retry-After", "5")
                                        .withBody("{}")));
        catchThrowable(() -> linkedin.refresh(REFRESH));
        assertThat(linkedin.pausedUntil()).isEqualTo(NOW.plusSeconds(600));

        LinkedInNetwork later =
                new LinkedInNetwork(
                        stubs.settings(Duration.ofSeconds(5), Map.of()),
                        Clock.fixed(NOW.plusSeconds(601), ZoneOffset.UTC));
        assertThat(later.pausedUntil()).isNull();
    }

    @Test
    void a_server_error_pauses_nothing() {
        wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withBody("{}")));
        catchThrowable(() -> linkedin.inspect(new Probe(TOKEN, null)));
        assertThat(linkedin.pausedUntil()).isNull();
    }

    // --- refreshing: partner apps only; the refresh token's end is the first consent's + 365 days

    @Test
    void a_refresh_keeps_the_refresh_tokens_original_end() {
        stubs.token("refresh_token", REFRESH, 200, "refresh.json");

        Renewal renewal = linkedin.refresh(REFRESH);

        // Refreshed on day 59: 306 days are left of the 365, and the end does not move.
        assertThat(renewal)
                .isEqualTo(
                        new Renewal.Renewed(
                                new Grant(
                                        "AQV_SECRET-access-0002",
                                        REFRESH,
                                        NOW.plusSeconds(5_184_000),
                                        NOW.plus(Duration.ofDays(306)),
                                        ALL_SCOPES,
                                        null)));
        assertThat(form(only(postRequestedFor(urlPathEqualTo("/oauth/v2/accessToken")))))
                .isEqualTo(
                        Map.of(
                                "grant_type",
                                "refresh_token",
                                "refresh_token",
                                REFRESH,
                                "client_id",
                                "86relinkclient",
                                "client_secret",
                                "li-client-SECRET"));
    }

    @Test
    void a_refresh_answer_without_refresh_fields_keeps_the_held_token_and_claims_no_new_end() {
        stubs.token("refresh_token", REFRESH, 200, "refresh-bare.json");
        Grant grant = ((Renewal.Renewed) linkedin.refresh(REFRESH)).grant();
        assertThat(grant.refreshToken()).isEqualTo(REFRESH);
        assertThat(grant.refreshExpiresAt())
                .isNull(); // Relink keeps the end it stored at the first consent
    }

    @Test
    void a_refused_refresh_is_a_dead_verdict() {
        stubs.token("refresh_token", REFRESH, 400, "oauth-refresh-invalid_request.json");
        assertThat(linkedin.refresh(REFRESH))
                .isEqualTo(
                        new Renewal.Refused(
                                new Verdict.Dead(
                                        Cause.REFRESH_FAILED,
                                        "400/invalid_request",
                                        "The provided refresh token is invalid")));
        stubs.token("refresh_token", REFRESH, 400, "oauth-refresh-revoked.json");
        assertThat(((Renewal.Refused) linkedin.refresh(REFRESH)).verdict().cause())
                .isEqualTo(Cause.REVOKED_BY_USER);
    }

    // --- granting

    @Test
    void the_authorization_url_asks_for_relinks_scopes_without_pkce() {
        URI url =
                linkedin.authorizationUrl(
                        new AuthorizationRequest(
                                URI.create("https://relink.example/cb?x=1"),
                                Set.of(),
                                "st+ate",
                                "challenge"));

        assertThat(url.toString())
                .isEqualTo(
                        stubs.base()
                                + "oauth/v2/authorization?response_type=code&client_id=86relinkclient"
                                + "&redirect_uri=https%3A%2F%2Frelink.example%2Fcb%3Fx%3D1&state=st%2Bate"
                                + "&scope=email%20openid%20profile%20r_organization_social%20rw_organization_admin%20w_member_social%20w_organization_social");
    }

    @Test
    void the_scopes_can_be_configured_for_an_app_without_organization_access() {
        LinkedInNetwork members =
                new LinkedInNetwork(
                        stubs.settings(
                                Duration.ofSeconds(5),
                                Map.of("scopes", " openid profile  w_member_social ")),
                        CLOCK);
        URI url =
                members.authorizationUrl(
                        new AuthorizationRequest(
                                URI.create("https://relink.example/cb"),
                                Set.of("email"),
                                "s",
                                null));
        assertThat(url.getQuery()).endsWith("&scope=email openid profile w_member_social");
    }

    @Test
    void a_first_consent_of_a_partner_app_gives_a_refresh_token_for_365_days() {
        stubs.token("code", "code-1", 200, "token.json");

        Grant grant =
                linkedin.exchange(
                        "code-1", "verifier-unused", URI.create("https://relink.example/cb"));

        assertThat(grant)
                .isEqualTo(
                        new Grant(
                                TOKEN,
                                REFRESH,
                                NOW.plus(Duration.ofDays(60)),
                                NOW.plus(Duration.ofDays(365)),
                                ALL_SCOPES,
                                null));
        assertThat(form(only(postRequestedFor(urlPathEqualTo("/oauth/v2/accessToken")))))
                .isEqualTo(
                        Map.of(
                                "grant_type",
                                "authorization_code",
                                "code",
                                "code-1",
                                "redirect_uri",
                                "https://relink.example/cb",
                                "client_id",
                                "86relinkclient",
                                "client_secret",
                                "li-client-SECRET"));
    }

    @Test
    void an_app_that_is_no_partner_gets_a_60_day_token_without_refresh() {
        stubs.token("code", "code-1", 200, "token-member.json");
        Grant grant = linkedin.exchange("code-1", null, URI.create("https://relink.example/cb"));
        assertThat(grant.refreshToken()).isNull();
        assertThat(grant.refreshExpiresAt()).isNull();
        assertThat(grant.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(60)));
    }

    @Test
    void a_refused_exchange_is_thrown_as_a_refusal() {
        stubs.token("code", "used", 400, "oauth-code-invalid_request.json");
        assertThatThrownBy(
                        () ->
                                linkedin.exchange(
                                        "used", null, URI.create("https://relink.example/cb")))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict().rawCode())
                                        .isEqualTo("400/invalid_request"));
        stubs.token("code", "used", 401, "oauth-invalid_client.json");
        assertThatThrownBy(
                        () ->
                                linkedin.exchange(
                                        "used", null, URI.create("https://relink.example/cb")))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict().cause()).isEqualTo(Cause.APP_PROBLEM));
    }

    @Test
    void discovery_names_the_member_their_profile_and_the_organizations_they_administer() {
        stubs.userinfo(TOKEN, 200, "userinfo.json")
                .acls(TOKEN, 200, "acls.json")
                .organizations(TOKEN, 200, "organizations.json");

        Discovery discovery = linkedin.discover(TOKEN);

        assertThat(discovery)
                .isEqualTo(
                        new Discovery(
                                "782bbtaQ",
                                "Marc Dupont",
                                List.of(
                                        new Discovery.Reach(
                                                "urn:li:person:782bbtaQ", "Marc Dupont", "PROFILE"),
                                        new Discovery.Reach(
                                                "urn:li:organization:2414183",
                                                "Acme Coffee GmbH",
                                                "ORGANIZATION"),
                                        new Discovery.Reach(
                                                "urn:li:organization:5515715",
                                                "Acme Coffee Berlin",
                                                "ORGANIZATION"))));
        assertThat(only(getRequestedFor(urlPathEqualTo("/rest/organizations"))).getUrl())
                .endsWith("?ids=List(2414183,5515715)");
    }

    @Test
    void without_organization_permissions_the_grant_reaches_the_members_profile_only() {
        stubs.userinfo(TOKEN, 200, "userinfo.json").acls(TOKEN, 403, "api-access_denied.json");
        assertThat(linkedin.discover(TOKEN).channels())
                .extracting(Discovery.Reach::kind)
                .containsExactly("PROFILE");
    }

    @Test
    void organizations_whose_names_cannot_be_read_stay_unnamed() {
        stubs.userinfo(TOKEN, 200, "userinfo.json")
                .acls(TOKEN, 200, "acls.json")
                .organizations(TOKEN, 403, "api-access_denied.json");
        assertThat(linkedin.discover(TOKEN).channels())
                .extracting(Discovery.Reach::name)
                .containsExactly("Marc Dupont", null, null);
    }

    @Test
    void a_discovery_with_a_dead_token_is_thrown_as_a_refusal_with_its_cause() {
        stubs.userinfo(TOKEN, 401, "api-revoked.json");
        assertThatThrownBy(() -> linkedin.discover(TOKEN))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict().cause())
                                        .isEqualTo(Cause.REVOKED_BY_USER));
        stubs.userinfo(TOKEN, 200, "userinfo.json").acls(TOKEN, 401, "api-expired.json");
        assertThatThrownBy(() -> linkedin.discover(TOKEN))
                .isInstanceOfSatisfying(
                        NetworkRefusal.class,
                        refusal ->
                                assertThat(refusal.verdict().cause())
                                        .isEqualTo(Cause.LIFESPAN_ENDED));
    }

    // --- revoking

    @Test
    void revoking_sends_the_token_as_the_client_and_a_token_already_gone_or_no_endpoint_is_done() {
        stubs.revoke(200, null);
        linkedin.revoke(TOKEN);
        assertThat(form(only(postRequestedFor(urlPathEqualTo("/oauth/v2/revoke")))))
                .isEqualTo(
                        Map.of(
                                "client_id",
                                "86relinkclient",
                                "client_secret",
                                "li-client-SECRET",
                                "token",
                                TOKEN));
        stubs.revoke(400, "oauth-invalid_token.json");
        linkedin.revoke(TOKEN);
        stubs.revoke(404, null);
        linkedin.revoke(TOKEN);
        stubs.revoke(401, "oauth-invalid_client.json");
        assertThatThrownBy(() -> linkedin.revoke(TOKEN)).isInstanceOf(NetworkRefusal.class);
    }

    @Test
    void linkedin_sends_no_callback() {
        assertThatThrownBy(
                        () ->
                                linkedin.callback(
                                        new io.relink.networks.Callback(
                                                "deauthorize", Map.of(), "", Map.of())))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // --- fault tolerance, secrecy

    @Test
    void only_network_trouble_opens_the_circuit() {
        assertThat(LinkedInNetwork.class.getAnnotation(CircuitBreaker.class).failOn())
                .containsExactly(NetworkTrouble.class);
    }

    @Test
    void no_exception_message_carries_a_token_or_the_client_secret() {
        List<Throwable> thrown = new ArrayList<>();
        stubs.introspection(TOKEN, 200, "garbage.html")
                .token("refresh_token", REFRESH, 503, "garbage.html")
                .token("code", REFRESH, 400, "oauth-code-invalid_request.json")
                .userinfo(TOKEN, 401, "api-revoked.json")
                .revoke(401, "oauth-invalid_client.json");
        thrown.add(catchThrowable(() -> linkedin.inspect(new Probe(TOKEN, ORGANIZATION))));
        thrown.add(catchThrowable(() -> linkedin.refresh(REFRESH)));
        thrown.add(
                catchThrowable(
                        () ->
                                linkedin.exchange(
                                        REFRESH,
                                        REFRESH,
                                        URI.create("https://relink.example/cb"))));
        thrown.add(catchThrowable(() -> linkedin.discover(TOKEN)));
        thrown.add(catchThrowable(() -> linkedin.revoke(TOKEN)));
        wire.stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(429)));
        thrown.add(catchThrowable(() -> linkedin.inspect(new Probe(TOKEN, null))));

        assertThat(thrown).doesNotContainNull().hasSize(6);
        List<String> texts = new ArrayList<>();
        for (Throwable each : thrown) {
            for (Throwable t = each; t != null; t = t.getCause()) {
                texts.add(String.valueOf(t.getMessage()));
                texts.add(t.toString());
            }
        }
        assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain("SECRET"));
    }

    private LoggedRequest only(
            com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
        List<LoggedRequest> found = wire.findAll(pattern);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            String[] nameValue = pair.split("=", 2);
            fields.put(
                    URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        return fields;
    }
}
