package io.relink.networks;

/**
 * What a verified callback told: the network's id of a person whose grant ended, why, and the
 * network's raw code for support.
 *
 * @param erasure whether the person also asked for their data to be deleted (Meta's data-deletion
 *     callback): then their tokens' secrets are erased as well, and the network gets a confirmation
 *     code to show them
 */
public record Revocation(
        String externalUserId, Cause cause, String rawCode, String message, boolean erasure) {

    /** A grant that ended, with no request to delete anything. */
    public Revocation(String externalUserId, Cause cause, String rawCode, String message) {
        this(externalUserId, cause, rawCode, message, false);
    }
}
