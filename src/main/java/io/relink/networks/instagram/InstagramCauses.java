package io.relink.networks.instagram;

import io.relink.networks.Cause;
import io.relink.networks.Verdict;
import io.relink.networks.meta.GraphCauses;
import io.relink.networks.meta.GraphError;
import java.time.Instant;

/**
 * Classifies Instagram's error codes into causes, raw code kept. Pure. Both ways in answer with
 * Graph errors (src/docs/networks.md, section Instagram): the 190 family and the rest of Meta's
 * table ({@link GraphCauses}), with {@code 80002} (Instagram's business-use-case limit) a transient
 * rate limit. Instagram's own OAuth endpoint answers flat ({@code
 * {"error_type","code":400,"error_message"}}); its code is the HTTP status and says nothing finer:
 * {@code UNKNOWN}.
 *
 * <p>Particular to Instagram: a professional account no longer linked to a Page the person manages
 * (Facebook Login) is {@code ADMIN_ROLE_LOST} for that channel.
 */
public final class InstagramCauses {

    private InstagramCauses() {}

    /** An error about a person's token; {@code expiresAt} null when unknown. */
    public static Verdict of(GraphError error, Instant expiresAt, Instant now) {
        return GraphCauses.classify(error, expiresAt, now);
    }

    /**
     * The channel's account is missing from the Pages the person manages (unlinked, or the Page
     * role lost).
     */
    public static Verdict.Dead businessAccountGone(String accountId) {
        return new Verdict.Dead(
                Cause.ADMIN_ROLE_LOST,
                "instagram_business_account",
                "Instagram account "
                        + accountId
                        + " is no longer linked to a Page this person manages.");
    }
}
