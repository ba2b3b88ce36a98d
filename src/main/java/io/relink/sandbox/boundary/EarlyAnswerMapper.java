package io.relink.sandbox.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Sends an {@link EarlyAnswer}'s answer as it is. More specific than {@code ProblemMapper}, so
 * JAX-RS picks it for these. Registered by {@code SandboxApplication} only, hence no
 * {@code @Provider}.
 */
public class EarlyAnswerMapper implements ExceptionMapper<EarlyAnswer> {

    @Override
    public Response toResponse(EarlyAnswer answer) {
        return answer.response();
    }
}
