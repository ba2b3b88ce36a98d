package io.relink.networks;

import io.relink.platform.OneTimeSecret;
import java.time.Instant;
import java.util.Objects;

/**
 * A callback whose signature the network's adapter verified, with what it takes to accept it once
 * only: when the network issued it, until when its signature would still be accepted, and its
 * fingerprint.
 *
 * @param revocation whose grant ended and why, or null when the callback tells nothing Relink acts
 *     on
 * @param issuedAt when the network issued (signed) it, as the signed content says; a token obtained
 *     after that instant is not the one the callback speaks of
 * @param freshUntil the end of its freshness window: a copy arriving later is refused as stale, so
 *     it need be remembered only until then
 * @param fingerprint the SHA-256 (hex) of the callback's kind and of exactly what the signature
 *     covers: every copy of one signed request has the same fingerprint however it is re-encoded
 *     around the signed part, and no two genuine requests share one
 */
public record VerifiedCallback(
        Revocation revocation, Instant issuedAt, Instant freshUntil, String fingerprint) {

    public VerifiedCallback {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(freshUntil, "freshUntil");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** The fingerprint of a callback of this kind whose signature covers {@code signed}. */
    public static String fingerprint(String kind, String signed) {
        return OneTimeSecret.digest(kind + "\n" + signed);
    }
}
