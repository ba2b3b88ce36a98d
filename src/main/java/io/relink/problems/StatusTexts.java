package io.relink.problems;

/**
 * What Relink says for an HTTP status it did not answer itself: the container's own refusals (no
 * such path, a method nothing takes, a role the caller lacks) and failures nobody caught. One text
 * for the REST API's problem documents, one for the people reading the error page.
 */
public record StatusTexts(
        int status, String type, String title, String forClients, String forPeople) {

    public static StatusTexts of(int status) {
        return switch (status) {
            case 400 ->
                    new StatusTexts(
                            400,
                            "bad-request",
                            "Bad request",
                            "The request could not be read.",
                            "Relink could not read that request.");
            case 401 ->
                    new StatusTexts(
                            401,
                            "unauthorized",
                            "Unauthorized",
                            "Send a workspace API key as 'Authorization: Bearer <key>'.",
                            "Sign in to see this page.");
            case 403 ->
                    new StatusTexts(
                            403,
                            "forbidden",
                            "Forbidden",
                            "The key or member calling may not do this.",
                            "This page is not open to your role in this workspace. An owner of the"
                                    + " workspace can change roles.");
            case 404 ->
                    new StatusTexts(
                            404,
                            "not-found",
                            "Not found",
                            "No such resource.",
                            "There is no such page. It may have moved, or the link was cut short.");
            // the servlet default for a method a servlet does not implement (PATCH on a static
            // resource): to a client that is a method this resource does not take
            case 405, 501 ->
                    new StatusTexts(
                            405,
                            "method-not-allowed",
                            "Method not allowed",
                            "This resource does not take that method.",
                            "This page does not take that kind of request.");
            case 408 ->
                    new StatusTexts(
                            408,
                            "request-timeout",
                            "Request timeout",
                            "The request took too long to arrive.",
                            "The request took too long to arrive. Try again.");
            case 413 ->
                    new StatusTexts(
                            413,
                            "too-large",
                            "Content too large",
                            "The body is over " + BodyLimit.MAX_BYTES + " bytes.",
                            "That form sent more than Relink takes.");
            case 415 ->
                    new StatusTexts(
                            415,
                            "unsupported-media-type",
                            "Unsupported media type",
                            "Send the body as application/json.",
                            "Relink could not read that request.");
            case 429 ->
                    new StatusTexts(
                            429,
                            "too-many-requests",
                            "Too many requests",
                            "Too many requests: wait as long as Retry-After says.",
                            "Too many requests. Wait a moment, then try again.");
            case 503 ->
                    new StatusTexts(
                            503,
                            "unavailable",
                            "Service unavailable",
                            "Relink is starting or stopping; try again shortly.",
                            "Relink is starting or stopping. Try again in a moment.");
            default ->
                    status >= 500
                            ? new StatusTexts(
                                    500,
                                    "internal-error",
                                    "Internal error",
                                    "Something went wrong inside Relink.",
                                    "Something went wrong on our side. Try again; if it keeps"
                                            + " happening, give your administrator the incident"
                                            + " number below.")
                            : new StatusTexts(
                                    status,
                                    "client-error",
                                    "Refused",
                                    "The request was refused.",
                                    "Relink refused that request.");
        };
    }
}
