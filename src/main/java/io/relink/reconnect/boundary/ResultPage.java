package io.relink.reconnect.boundary;

import io.relink.reconnect.control.Outcome;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The short page a person sees after consenting when they are not signed in to Relink (an account
 * owner following a delegated link, or the person behind an integration's flow): what happened and
 * what to watch. Plain HTML, no scripts, everything escaped.
 */
final class ResultPage {

    private ResultPage() {}

    static void write(
            HttpServletResponse response, int status, String title, String message, Outcome outcome)
            throws IOException {
        StringBuilder page =
                new StringBuilder(
                                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                        .append(escape(title))
                        .append(
                                " · Relink</title><link rel=\"stylesheet\" href=\"/resources/css/relink.css\"></head><body><main class=\"result\">")
                        .append("<h1>")
                        .append(escape(title))
                        .append("</h1><p>")
                        .append(escape(message))
                        .append("</p>");
        if (outcome != null) {
            for (String warning : outcome.warnings()) {
                page.append("<p class=\"alert amber\" role=\"alert\">")
                        .append(escape(warning))
                        .append("</p>");
            }
            if (!outcome.channels().isEmpty()) {
                page.append("<ul>");
                outcome.channels()
                        .forEach(
                                line ->
                                        page.append("<li>")
                                                .append(escape(line.name()))
                                                .append(": ")
                                                .append(escape(line.result()))
                                                .append("</li>"));
                page.append("</ul>");
            }
        }
        page.append("<p>You can close this window.</p></main></body></html>");
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page.toString());
    }

    /**
     * A page that asks before it acts: its one button {@code POST}s back to the same address, so
     * that following the link (a person, or a mail scanner's {@code GET} or {@code HEAD}) changes
     * nothing.
     */
    static void confirm(HttpServletResponse response, String title, String message, String button)
            throws IOException {
        String page =
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                        + escape(title)
                        + " · Relink</title><link rel=\"stylesheet\" href=\"/resources/css/relink.css\">"
                        + "</head><body><main class=\"result\"><h1>"
                        + escape(title)
                        + "</h1><p>"
                        + escape(message)
                        + "</p><form method=\"post\"><button type=\"submit\" id=\"continue\">"
                        + escape(button)
                        + "</button></form></main></body></html>";
        response.setStatus(200);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
