package io.relink.networks.facebook;

import io.relink.networks.Verdict;
import io.relink.networks.meta.GraphCauses;
import io.relink.networks.meta.GraphError;
import java.time.Instant;

/**
 * Classifies Facebook's Graph error codes into causes (src/docs/networks.md, section Facebook), raw
 * code kept ({@code 190/460}). Pure. The table itself is Meta's and lives in {@link GraphCauses},
 * shared with Instagram and Threads:
 *
 * <table>
 *   <tr><th>code / subcode</th><th>verdict</th></tr>
 *   <tr><td>190 (or 102) / 458</td><td>REVOKED_BY_USER (app removed)</td></tr>
 *   <tr><td>190 / 459, 464</td><td>SECURITY_CHECKPOINT (checkpoint; unconfirmed account)</td></tr>
 *   <tr><td>190 / 460 (legacy 452)</td><td>PASSWORD_CHANGED</td></tr>
 *   <tr><td>190 / 463 (legacy 468)</td><td>LIFESPAN_ENDED</td></tr>
 *   <tr><td>190 / 467 (legacy 461, 466)</td><td>UNKNOWN</td></tr>
 *   <tr><td>190 / 492</td><td>ADMIN_ROLE_LOST (no role on the Page any more)</td></tr>
 *   <tr><td>190 / 465 (legacy)</td><td>ACCOUNT_UNAVAILABLE</td></tr>
 *   <tr><td>190, no subcode</td><td>LIFESPAN_ENDED past {@code expires_at}, UNKNOWN before it or without it</td></tr>
 *   <tr><td>10, 200–299, 3</td><td>SCOPE_MISSING</td></tr>
 *   <tr><td>4, 17, 32, 613, 341, 80000–80014</td><td>transient RATE_LIMITED (never a death)</td></tr>
 *   <tr><td>1, 2</td><td>transient SERVER_ERROR</td></tr>
 *   <tr><td>368</td><td>SECURITY_CHECKPOINT (blocked for policy violations)</td></tr>
 *   <tr><td>190, 102, 101 on Relink's app token</td><td>APP_PROBLEM (app secret reset, app gone)</td></tr>
 *   <tr><td>anything else</td><td>UNKNOWN</td></tr>
 * </table>
 */
public final class FacebookCauses {

    private FacebookCauses() {}

    /** An error about a person's or Page's token; {@code expiresAt} null when unknown. */
    public static Verdict of(GraphError error, Instant expiresAt, Instant now) {
        return GraphCauses.classify(error, expiresAt, now);
    }

    /** An error answering a call made with Relink's app token ({@code debug_token}, batches). */
    public static Verdict ofAppToken(GraphError error, Instant now) {
        return GraphCauses.ofAppToken(error, now);
    }
}
