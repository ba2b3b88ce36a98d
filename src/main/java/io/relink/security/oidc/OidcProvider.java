package io.relink.security.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.relink.security.oidc.OidcClient.Refused;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What Relink knows of the identity provider once it has read its discovery document: its
 * endpoints, the validator of its ID tokens (with its key set, fetched when first needed and then
 * cached by Nimbus), and how to authenticate at its token endpoint.
 *
 * @param secretPost whether the client secret goes in the form ({@code client_secret_post}) rather
 *     than in the {@code Authorization} header ({@code client_secret_basic})
 */
record OidcProvider(
        Issuer issuer,
        ClientID clientId,
        URI authorizationEndpoint,
        URI tokenEndpoint,
        IDTokenValidator validator,
        boolean secretPost) {

    private static final Logger LOG = Logger.getLogger(OidcProvider.class.getName());

    /** A key set larger than this is no provider's: reading stops there. */
    private static final int JWKS_SIZE_LIMIT = 256 * 1024;

    /**
     * Reads the provider's discovery document ({@code <issuer>/.well-known/openid-configuration}).
     *
     * @throws Refused when single sign-on is not set up, or the provider cannot be reached, or its
     *     document is unusable; the reason for operators goes to the log
     */
    static OidcProvider discover(OidcSettings settings) {
        String name = settings.name();
        Issuer issuer =
                new Issuer(
                        settings.issuer()
                                .orElseThrow(
                                        () ->
                                                new Refused(
                                                        "Signing in with an identity provider is not set up here.")));
        ClientID clientId =
                new ClientID(
                        settings.clientId()
                                .orElseThrow(
                                        () ->
                                                new Refused(
                                                        "Signing in with "
                                                                + name
                                                                + " is not fully set up (it lacks a client id)."
                                                                + " Please tell whoever runs Relink.")));
        int timeout = millis(settings.timeout());
        OIDCProviderMetadata metadata;
        try {
            // also checks that the document names exactly this issuer
            metadata = OIDCProviderMetadata.resolve(issuer, timeout, timeout);
        } catch (IOException | GeneralException | RuntimeException failed) {
            LOG.warning(() -> "OpenID Connect discovery of " + issuer + " failed: " + failed);
            throw new Refused(name + " cannot be reached right now. Please try again shortly.");
        }
        if (metadata.getAuthorizationEndpointURI() == null
                || metadata.getTokenEndpointURI() == null
                || metadata.getJWKSetURI() == null) {
            LOG.warning(() -> "The discovery document of " + issuer + " lacks an endpoint");
            throw new Refused(name + " is not set up for signing in to Relink.");
        }
        Set<JWSAlgorithm> algorithms = signatures(metadata.getIDTokenJWSAlgs());
        if (algorithms.isEmpty()) {
            LOG.warning(
                    () -> issuer + " signs ID tokens only with " + metadata.getIDTokenJWSAlgs());
            throw new Refused(
                    name
                            + " signs its ID tokens in a way Relink does not accept. Please tell whoever"
                            + " runs Relink.");
        }
        JWKSource<SecurityContext> keys;
        try {
            keys =
                    JWKSourceBuilder.<SecurityContext>create(
                                    metadata.getJWKSetURI().toURL(),
                                    new DefaultResourceRetriever(timeout, timeout, JWKS_SIZE_LIMIT))
                            // refreshing ahead would start threads the container does not manage
                            .refreshAheadCache(false)
                            .build();
        } catch (IOException | IllegalArgumentException malformed) {
            LOG.warning(() -> "The key set URL of " + issuer + " is unusable: " + malformed);
            throw new Refused(name + " is not set up for signing in to Relink.");
        }
        IDTokenValidator validator =
                new IDTokenValidator(
                        issuer, clientId, new JWSVerificationKeySelector<>(algorithms, keys), null);
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        // client_secret_basic is the default every provider supports; post only when it says so
        boolean secretPost =
                methods != null
                        && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        return new OidcProvider(
                issuer,
                clientId,
                metadata.getAuthorizationEndpointURI(),
                metadata.getTokenEndpointURI(),
                validator,
                secretPost);
    }

    /**
     * Public-key signatures only: never {@code none}, and never HMAC, which would make the client
     * secret a signing key. A provider that names none signs with RS256 (OpenID Connect Discovery).
     */
    static Set<JWSAlgorithm> signatures(List<JWSAlgorithm> named) {
        List<JWSAlgorithm> offered =
                named == null || named.isEmpty() ? List.of(JWSAlgorithm.RS256) : named;
        return offered.stream()
                .filter(JWSAlgorithm.Family.SIGNATURE::contains)
                .collect(Collectors.toUnmodifiableSet());
    }

    static int millis(Duration timeout) {
        return (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    }
}
