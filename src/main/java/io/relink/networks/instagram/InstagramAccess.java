package io.relink.networks.instagram;

import io.relink.networks.AuthorizationRequest;
import io.relink.networks.Discovery;
import io.relink.networks.Grant;
import io.relink.networks.Probe;
import io.relink.networks.Renewal;
import io.relink.networks.Verdict;
import java.net.URI;

/**
 * One of the two ways Meta lets an app reach Instagram professional accounts: Instagram Login
 * ({@link InstagramLogin}) or Facebook Login through a linked Page ({@link InstagramViaFacebook}).
 * {@link InstagramNetwork} speaks through the one chosen by {@code relink.network.instagram.login}.
 */
interface InstagramAccess {

    Verdict inspect(Probe probe);

    boolean refreshes();

    Renewal refresh(String refreshToken);

    /** The scopes a token must keep; see {@link io.relink.networks.Network#requiredScopes}. */
    java.util.Set<String> requiredScopes();

    URI authorizationUrl(AuthorizationRequest request);

    Grant exchange(String code, String codeVerifier, URI redirectUri);

    Discovery discover(String accessToken);

    void revoke(String accessToken);
}
