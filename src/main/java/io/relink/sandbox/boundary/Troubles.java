package io.relink.sandbox.boundary;

import io.relink.sandbox.control.Answers;
import io.relink.sandbox.control.SandboxOutages;
import io.relink.sandbox.control.SandboxSettings;
import io.relink.sandbox.control.Trouble;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Makes a request meet a scripted outage: ends it with the outage's answer (see {@link
 * io.relink.sandbox.entity.OutageKind}). A TIMEOUT sleeps here, in the boundary, where no
 * transaction is open: a database connection held for 30 seconds per request would starve the pool.
 */
@ApplicationScoped
public class Troubles {

    @Inject SandboxOutages outages;
    @Inject SandboxSettings settings;

    /** Ends the request if the whole network is down. */
    public void guardGlobal() {
        guard(outages.global());
    }

    /** Ends the request if the trouble is there. */
    public void guard(Optional<Trouble> trouble) {
        if (trouble.isPresent()) {
            throw new EarlyAnswer(answer(trouble.get()));
        }
    }

    Response answer(Trouble trouble) {
        return switch (trouble.kind()) {
            case SERVER_ERROR -> Replies.json(503, Answers.trouble(trouble.kind()));
            case RATE_LIMITED ->
                    Response.fromResponse(Replies.json(429, Answers.trouble(trouble.kind())))
                            .header("Retry-After", trouble.retryAfterSeconds())
                            .build();
            case TIMEOUT -> {
                sleep();
                yield Replies.json(504, Answers.trouble(trouble.kind()));
            }
            case GARBAGE -> Response.ok(Answers.GARBAGE, MediaType.TEXT_HTML_TYPE).build();
        };
    }

    private void sleep() {
        try {
            Thread.sleep(settings.slowAnswer().toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
