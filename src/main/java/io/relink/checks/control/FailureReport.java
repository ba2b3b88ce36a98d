package io.relink.checks.control;

import io.relink.problems.ProblemException;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * A downstream product's report of an error a network answered it: {@code {"tokenId"?,
 * "httpStatus", "body"}}. Parsed strictly, so that bad input is a 400 problem naming the field and
 * changes nothing; fields Relink does not know are left alone. Pure.
 *
 * @param tokenId the token the product used (as the credential read named it), or null: then the
 *     channel's best working token, the one the credential read serves
 * @param httpStatus the HTTP status the network answered, 100 to 599
 * @param body the network's response body exactly as it came, at most {@value #MAX_BODY_BYTES}
 *     bytes in UTF-8; empty when it sent none
 */
public record FailureReport(UUID tokenId, int httpStatus, String body) {

    /** 64 KiB: an error answer, not a page. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    /**
     * No body within the limit needs more room than this, however escaped (6 characters a byte at
     * most).
     */
    static final int MAX_REQUEST_CHARS = 6 * MAX_BODY_BYTES + 4096;

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    public FailureReport {
        body = body == null ? "" : body;
    }

    /** Reads a report from the request's body; see the class for what is refused. */
    public static FailureReport parse(String json) {
        if (json == null || json.isBlank()) {
            throw malformed(
                    "The request has no body; send {\"httpStatus\": 401, \"body\": \"<the network's answer>\"}, with \"tokenId\" when known.");
        }
        if (json.length() > MAX_REQUEST_CHARS) {
            throw tooLong();
        }
        JsonObject report;
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            report = reader.readObject();
        } catch (RuntimeException notAnObject) {
            // JsonException, IllegalStateException, or the parser's bare RuntimeException for
            // nesting deeper than it goes: the body's fault either way
            throw malformed("The request's body is not a JSON object.");
        }
        return new FailureReport(
                tokenId(report.get("tokenId")),
                httpStatus(report.get("httpStatus")),
                body(report.get("body")));
    }

    private static UUID tokenId(JsonValue value) {
        if (absent(value)) {
            return null;
        }
        if (value instanceof JsonString text) {
            try {
                UUID id = UUID.fromString(text.getString());
                // UUID.fromString takes shortened forms ("1-1-1-1-1"); only the canonical one names
                // a token.
                if (id.toString().equalsIgnoreCase(text.getString())) {
                    return id;
                }
            } catch (IllegalArgumentException notAnId) {
                // refused below
            }
        }
        throw ProblemException.invalidParameter(
                "tokenId",
                "tokenId must be the id of one of the channel's tokens (a UUID, as the "
                        + "credential read gives it), or left out for the channel's best working token.");
    }

    private static int httpStatus(JsonValue value) {
        if (absent(value)) {
            throw ProblemException.invalidParameter(
                    "httpStatus",
                    "httpStatus is required: the HTTP status the network answered, 100 to 599.");
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw ProblemException.invalidParameter(
                    "httpStatus",
                    "httpStatus must be a whole number, the HTTP status the network answered (100 to 599), not "
                            + describe(value)
                            + ".");
        }
        BigDecimal status = number.bigDecimalValue();
        if (status.compareTo(BigDecimal.valueOf(100)) < 0
                || status.compareTo(BigDecimal.valueOf(599)) > 0) {
            throw ProblemException.invalidParameter(
                    "httpStatus", "httpStatus must be from 100 to 599, not " + number + ".");
        }
        return status.intValueExact();
    }

    private static String body(JsonValue value) {
        if (absent(value)) {
            return "";
        }
        if (!(value instanceof JsonString text)) {
            throw ProblemException.invalidParameter(
                    "body",
                    "body must be a string: the network's response body exactly as it came "
                            + "(a JSON answer too, escaped into the string), not "
                            + describe(value)
                            + ".");
        }
        String body = text.getString();
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            throw tooLong();
        }
        return body;
    }

    private static boolean absent(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    /** The type of a refused value, never the value itself: it may be long. */
    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case NUMBER -> "the number " + value;
            case STRING -> "a string";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case TRUE, FALSE, NULL -> value.toString();
        };
    }

    private static ProblemException tooLong() {
        return ProblemException.invalidParameter(
                "body",
                "body must be at most 64 KiB (UTF-8): the network's error answer, not a page.");
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(400, "malformed-body", "Malformed body", detail, Map.of());
    }

    /** The body is left out: it may be long, and is the network's, not the report's. */
    @Override
    public String toString() {
        return "FailureReport[token="
                + tokenId
                + ", httpStatus="
                + httpStatus
                + ", body="
                + body.length()
                + " chars]";
    }
}
