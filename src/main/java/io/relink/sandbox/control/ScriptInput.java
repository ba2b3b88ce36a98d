package io.relink.sandbox.control;

import io.relink.problems.JsonBody;
import io.relink.problems.ProblemException;
import io.relink.sandbox.entity.OutageKind;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates what the scripting API (and {@link SandboxAccounts}) is given. Every refusal is a 400
 * problem naming the parameter, so that a test with a typo fails with a reason, not a 500.
 */
public final class ScriptInput {

    /** Ids are plain words: safe in URLs, in logs, and never '*' (the global outage's subject). */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    static final int MAX_NAME = 200;
    static final int MAX_PAGES = 100;

    /** A day: longer outages belong to a broken network, not to a test. */
    public static final long MAX_OUTAGE_SECONDS = 86_400;

    /** A year: longer than any lifetime the sandbox issues, so it would change nothing. */
    public static final long MAX_LIFESPAN_SECONDS = 366L * 86_400;

    private ScriptInput() {}

    /** A new account's body: its name and pages. */
    public record AccountBody(String name, List<SandboxAccounts.PageSpec> pages) {

        public AccountBody {
            pages = List.copyOf(pages);
        }
    }

    public static String id(String raw, String parameter) {
        if (raw == null || !ID.matcher(raw).matches()) {
            throw ProblemException.invalidParameter(
                    parameter,
                    parameter
                            + " must be 1 to 100 letters, digits, '.', '_' or '-', not '"
                            + raw
                            + "'.");
        }
        return raw;
    }

    public static String name(String raw, String parameter) {
        if (raw == null || raw.isBlank() || raw.strip().length() > MAX_NAME) {
            throw ProblemException.invalidParameter(
                    parameter, parameter + " must be 1 to " + MAX_NAME + " characters long.");
        }
        return raw.strip();
    }

    public static List<SandboxAccounts.PageSpec> pages(List<SandboxAccounts.PageSpec> pages) {
        if (pages == null) {
            return List.of();
        }
        if (pages.size() > MAX_PAGES) {
            throw ProblemException.invalidParameter(
                    "pages", "At most " + MAX_PAGES + " pages at once.");
        }
        return pages.stream()
                .map(
                        p -> {
                            if (p == null) {
                                throw ProblemException.invalidParameter(
                                        "pages", "A page must be an object with an id and a name.");
                            }
                            return new SandboxAccounts.PageSpec(
                                    id(p.id(), "pages.id"), name(p.name(), "pages.name"));
                        })
                .toList();
    }

    public static OutageKind kind(String raw) {
        try {
            return OutageKind.valueOf(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalidParameter(
                    "kind",
                    "kind must be one of "
                            + Arrays.toString(OutageKind.values())
                            + ", not '"
                            + raw
                            + "'.");
        }
    }

    /** A whole number of seconds from 1 to max. */
    public static long seconds(String raw, long max) {
        try {
            long value = Long.parseLong(raw == null ? "" : raw.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, like an out-of-range number
        }
        throw ProblemException.invalidParameter(
                "seconds",
                "seconds must be a whole number from 1 to " + max + ", not '" + raw + "'.");
    }

    /** {@code {"name":"Ana Sandbox","pages":[{"id":"sbx-page-1","name":"…"}]}}. */
    public static AccountBody account(String body) {
        JsonObject json = JsonBody.object(body).json();
        String name = name(string(json, "name", "name"), "name");
        JsonValue rawPages = json.get("pages");
        List<SandboxAccounts.PageSpec> pages = new ArrayList<>();
        if (rawPages != null && rawPages != JsonValue.NULL) {
            if (!(rawPages instanceof JsonArray array)) {
                throw ProblemException.invalidParameter(
                        "pages", "pages must be an array of {\"id\",\"name\"} objects.");
            }
            for (JsonValue page : array) {
                if (!(page instanceof JsonObject object)) {
                    throw ProblemException.invalidParameter(
                            "pages", "pages must be an array of {\"id\",\"name\"} objects.");
                }
                pages.add(
                        new SandboxAccounts.PageSpec(
                                string(object, "id", "pages.id"),
                                string(object, "name", "pages.name")));
            }
        }
        return new AccountBody(name, pages(pages));
    }

    /** {@code {"scopes":["read","publish"]}}. */
    public static Set<String> scopes(String body) {
        JsonValue raw = JsonBody.object(body).json().get("scopes");
        if (!(raw instanceof JsonArray array)) {
            throw ProblemException.invalidParameter(
                    "scopes", "scopes must be an array of " + Scopes.KNOWN + ".");
        }
        List<String> scopes = new ArrayList<>();
        for (JsonValue scope : array) {
            if (!(scope instanceof JsonString text)) {
                throw ProblemException.invalidParameter(
                        "scopes", "scopes must be an array of " + Scopes.KNOWN + ".");
            }
            scopes.add(text.getString());
        }
        return Scopes.require(scopes, "scopes");
    }

    private static String string(JsonObject json, String field, String parameter) {
        JsonValue value = json.get(field);
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw ProblemException.invalidParameter(parameter, parameter + " must be a string.");
    }
}
