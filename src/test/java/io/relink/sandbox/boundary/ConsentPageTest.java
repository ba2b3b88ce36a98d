package io.relink.sandbox.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.relink.sandbox.control.AccountBook;
import io.relink.sandbox.control.AuthorizeRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The consent page escapes every value it echoes: its parameters come from whoever built the link.
 */
class ConsentPageTest {

    static final String EVIL = "\"><script>alert('x')</script>";

    @Test
    void html_escaping_covers_the_five_special_characters() { // R9
        assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void echoed_values_are_escaped() { // R9
        AuthorizeRequest request =
                AuthorizeRequest.parse(
                        "code",
                        "relink-sandbox",
                        "https://relink.example/cb?x=%22",
                        "read publish",
                        EVIL,
                        null,
                        null,
                        "relink-sandbox");
        String page =
                ConsentPage.render(
                        request, List.of(new AccountBook.Person("ana", "Ana <b>Sandbox</b>")));
        assertThat(page)
                .doesNotContain("<script>")
                .doesNotContain("<b>")
                .contains("value=\"&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\"")
                .contains("Ana &lt;b&gt;Sandbox&lt;/b&gt;")
                .contains("name=\"scope\" value=\"read publish\"")
                .contains("name=\"account\" value=\"ana\" checked");
    }

    @Test
    void the_challenge_travels_with_the_form_and_allow_needs_an_account() { // R5
        AuthorizeRequest request =
                AuthorizeRequest.parse(
                        "code",
                        "relink-sandbox",
                        "https://relink.example/cb",
                        "read",
                        null,
                        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                        "S256",
                        "relink-sandbox");
        String page = ConsentPage.render(request, List.of());
        assertThat(page)
                .contains(
                        "name=\"code_challenge\" value=\"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM\"")
                .contains("name=\"code_challenge_method\" value=\"S256\"")
                .contains("value=\"allow\" disabled")
                .doesNotContain("name=\"state\"");
    }
}
