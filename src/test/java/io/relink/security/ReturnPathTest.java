package io.relink.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sign-in brings a person back to the page they asked for, and never to another site. */
class ReturnPathTest {

    @Test
    void a_page_of_relink_with_its_query_is_kept() {
        assertThat(
                        ReturnPath.of(
                                "/center/channels.xhtml",
                                "fix=1b0c6f1e-7f0e-4a57-9d55-2b9c1f0e3a11"))
                .hasValue("/center/channels.xhtml?fix=1b0c6f1e-7f0e-4a57-9d55-2b9c1f0e3a11");
        assertThat(ReturnPath.of("/center/team.xhtml", null)).hasValue("/center/team.xhtml");
        assertThat(ReturnPath.of("/center/team.xhtml", "")).hasValue("/center/team.xhtml");
    }

    @Test
    void anything_a_browser_could_read_as_another_site_is_refused() {
        assertThat(ReturnPath.check("//evil.example/center/channels.xhtml")).isEmpty();
        assertThat(ReturnPath.check("/\\evil.example")).isEmpty();
        assertThat(ReturnPath.check("\\\\evil.example")).isEmpty();
        assertThat(ReturnPath.check("https://evil.example/")).isEmpty();
        assertThat(ReturnPath.check("javascript:alert(1)")).isEmpty();
        assertThat(ReturnPath.check("evil.example")).isEmpty();
        assertThat(ReturnPath.check("/\t/evil.example")).isEmpty();
        assertThat(ReturnPath.check(" //evil.example")).isEmpty();
        assertThat(ReturnPath.of("//evil.example", "x=1")).isEmpty();
    }

    @Test
    void a_value_that_would_split_the_location_header_is_refused() {
        assertThat(ReturnPath.check("/center/channels.xhtml\r\nSet-Cookie: a=b")).isEmpty();
        assertThat(ReturnPath.of("/center/channels.xhtml", "fix=a b")).isEmpty();
        assertThat(ReturnPath.of("/center/channels.xhtml", "fix=\u00e9")).isEmpty();
    }

    @Test
    void the_sign_in_itself_and_the_api_are_not_pages_to_return_to() {
        assertThat(ReturnPath.check("/login.xhtml")).isEmpty();
        assertThat(ReturnPath.check("/login.xhtml?failed=true")).isEmpty();
        assertThat(ReturnPath.check("/j_security_check")).isEmpty();
        assertThat(ReturnPath.check("/sso/callback?code=x")).isEmpty();
        assertThat(ReturnPath.check("/api/v1/channels")).isEmpty();
    }

    @Test
    void nothing_and_overlong_values_are_refused() {
        assertThat(ReturnPath.check(null)).isEmpty();
        assertThat(ReturnPath.check("")).isEmpty();
        assertThat(ReturnPath.of(null, "fix=1")).isEmpty();
        assertThat(ReturnPath.check("/center/channels.xhtml?q=" + "a".repeat(2000))).isEmpty();
    }

    @Test
    void a_signed_out_get_of_a_page_is_remembered_in_the_session() {
        Map<String, Object> session = new HashMap<>();
        CallerAuthentication.remember(
                request("GET", "/relink/center/channels.xhtml", "fix=abc", null, session));
        assertThat(session).containsEntry(ReturnPath.SESSION, "/center/channels.xhtml?fix=abc");
    }

    @Test
    void a_hostile_path_a_post_and_an_ajax_request_are_not_remembered() {
        Map<String, Object> session = new HashMap<>();
        CallerAuthentication.remember(
                request("GET", "/relink//evil.example", "x=1", null, session));
        CallerAuthentication.remember(
                request("POST", "/relink/center/channels.xhtml", null, null, session));
        CallerAuthentication.remember(
                request("GET", "/relink/center/channels.xhtml", null, "partial/ajax", session));
        assertThat(session).isEmpty();
    }

    /** A request of the fields {@code remember} reads; its session is the map. */
    private static HttpServletRequest request(
            String method, String uri, String query, String facesRequest, Map<String, Object> map) {
        HttpSession session =
                (HttpSession)
                        Proxy.newProxyInstance(
                                getClass0(),
                                new Class<?>[] {HttpSession.class},
                                (proxy, m, args) ->
                                        switch (m.getName()) {
                                            case "setAttribute" ->
                                                    map.put((String) args[0], args[1]);
                                            case "getAttribute" -> map.get((String) args[0]);
                                            default ->
                                                    throw new UnsupportedOperationException(
                                                            m.getName());
                                        });
        return (HttpServletRequest)
                Proxy.newProxyInstance(
                        getClass0(),
                        new Class<?>[] {HttpServletRequest.class},
                        (proxy, m, args) ->
                                switch (m.getName()) {
                                    case "getMethod" -> method;
                                    case "getRequestURI" -> uri;
                                    case "getContextPath" -> "/relink";
                                    case "getQueryString" -> query;
                                    case "getHeader" ->
                                            "Faces-Request".equals(args[0]) ? facesRequest : null;
                                    case "getSession" -> session;
                                    default -> throw new UnsupportedOperationException(m.getName());
                                });
    }

    private static ClassLoader getClass0() {
        return ReturnPathTest.class.getClassLoader();
    }
}
