package io.relink.networks;

import io.relink.tokens.entity.Cause;

/**
 * What a verified callback told: the network's id of a person whose grant ended, why, and the
 * network's raw code for support.
 */
public record Revocation(String externalUserId, Cause cause, String rawCode, String message) {}
