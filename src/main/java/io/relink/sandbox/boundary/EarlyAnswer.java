package io.relink.sandbox.boundary;

import jakarta.ws.rs.core.Response;

/**
 * Ends a request early with an answer the network gives as such (an outage, {@code invalid_client},
 * a refused bearer token), in the network's own shape rather than as a problem document. Thrown by
 * the boundary only; {@link EarlyAnswerMapper} sends the answer unchanged.
 */
public class EarlyAnswer extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Response response;

    public EarlyAnswer(Response response) {
        // No stack trace: this is control flow, never logged as a failure.
        super(null, null, false, false);
        this.response = response;
    }

    public Response response() {
        return response;
    }
}
