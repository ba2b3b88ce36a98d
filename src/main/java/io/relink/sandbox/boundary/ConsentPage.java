package io.relink.sandbox.boundary;

import io.relink.sandbox.control.AccountBook;
import io.relink.sandbox.control.AuthorizeRequest;
import io.relink.sandbox.control.Scopes;
import java.util.List;

/**
 * The SANDBOX network's consent page: pick an account, then Allow or Deny. One self-contained HTML
 * document (inline style, no script, no external resource), and every echoed value escaped: the
 * parameters come from whoever built the link.
 */
final class ConsentPage {

    private ConsentPage() {}

    static String render(AuthorizeRequest request, List<AccountBook.Person> people) {
        StringBuilder page =
                new StringBuilder(2048)
                        .append(
                                """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Sandbox: allow access?</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <style>
                body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#222}
                h1{font-size:1.4rem}.box{border:1px solid #ccc;border-radius:8px;padding:1rem 1.25rem}
                label{display:block;margin:.4rem 0}button{font-size:1rem;padding:.5rem 1.25rem;margin-right:.5rem}
                .note{color:#666;font-size:.85rem}
                </style></head><body>
                <h1>SANDBOX network</h1>
                <div class="box">
                """);
        page.append("<p><strong>")
                .append(Html.escape(request.clientId()))
                .append("</strong> asks for: <strong>")
                .append(Html.escape(Scopes.format(request.scopes())))
                .append("</strong></p>\n")
                .append("<p class=\"note\">It will be sent back to ")
                .append(Html.escape(request.redirectUri().toString()))
                .append("</p>\n")
                .append("<form method=\"post\" action=\"authorize\">\n");
        hidden(page, "response_type", "code");
        hidden(page, "client_id", request.clientId());
        hidden(page, "redirect_uri", request.redirectUri().toString());
        hidden(page, "scope", Scopes.format(request.scopes()));
        if (request.state() != null) {
            hidden(page, "state", request.state());
        }
        if (request.codeChallenge() != null) {
            hidden(page, "code_challenge", request.codeChallenge());
            hidden(page, "code_challenge_method", "S256");
        }
        if (people.isEmpty()) {
            page.append(
                    "<p>No sandbox accounts yet: create one with <code>PUT /sandbox/script/accounts/{id}</code>.</p>\n");
        }
        boolean first = true;
        for (AccountBook.Person person : people) {
            page.append("<label><input type=\"radio\" name=\"account\" value=\"")
                    .append(Html.escape(person.id()))
                    .append('"')
                    .append(first ? " checked" : "")
                    .append("> ")
                    .append(Html.escape(person.name()))
                    .append(" <span class=\"note\">(")
                    .append(Html.escape(person.id()))
                    .append(")</span></label>\n");
            first = false;
        }
        page.append("<p><button type=\"submit\" name=\"decision\" value=\"allow\"")
                .append(people.isEmpty() ? " disabled" : "")
                .append(
                        ">Allow</button><button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button></p>\n")
                .append(
                        "</form></div>\n<p class=\"note\">A simulated network for demos and tests. Nothing here is real.</p>\n</body></html>\n");
        return page.toString();
    }

    private static void hidden(StringBuilder page, String name, String value) {
        page.append("<input type=\"hidden\" name=\"")
                .append(name)
                .append("\" value=\"")
                .append(Html.escape(value))
                .append("\">\n");
    }
}
