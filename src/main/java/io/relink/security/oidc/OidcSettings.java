package io.relink.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which identity provider people may sign in with ({@code relink.oidc.*}), read once. Single
 * sign-on is off while {@code relink.oidc.issuer} is unset; the defaults of the other keys live in
 * microprofile-config.properties, and {@link #of} gives plain tests the same values by hand.
 */
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "relink.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "relink.oidc.client-id")
    Optional<String> clientId;

    /** No default anywhere: a public client (PKCE only) has none. */
    @Inject
    @ConfigProperty(name = "relink.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "relink.oidc.email-claim")
    String emailClaim;

    @Inject
    @ConfigProperty(name = "relink.oidc.groups-claim")
    String groupsClaim;

    @Inject
    @ConfigProperty(name = "relink.oidc.name")
    String name;

    @Inject
    @ConfigProperty(name = "relink.oidc.scopes")
    String scopes;

    @Inject
    @ConfigProperty(name = "relink.oidc.timeout")
    Duration timeout;

    /** Settings given by hand, as a plain test needs them; CDI fills the fields otherwise. */
    public static OidcSettings of(
            String issuer,
            String clientId,
            String clientSecret,
            String emailClaim,
            String groupsClaim,
            String name,
            String scopes,
            Duration timeout) {
        OidcSettings settings = new OidcSettings();
        settings.issuer = Optional.ofNullable(issuer);
        settings.clientId = Optional.ofNullable(clientId);
        settings.clientSecret = Optional.ofNullable(clientSecret);
        settings.emailClaim = emailClaim;
        settings.groupsClaim = groupsClaim;
        settings.name = name;
        settings.scopes = scopes;
        settings.timeout = timeout;
        return settings;
    }

    /** Whether people may sign in with the identity provider: only once an issuer is set. */
    public boolean isEnabled() {
        return issuer().isPresent();
    }

    /** The issuer identifier, exactly as the provider names itself in its metadata and tokens. */
    public Optional<String> issuer() {
        return present(issuer);
    }

    /** Relink's client id at the provider; required once single sign-on is on. */
    public Optional<String> clientId() {
        return present(clientId);
    }

    /** The client secret; absent for a public client, which relies on PKCE alone. */
    public Optional<String> clientSecret() {
        return present(clientSecret);
    }

    /** The ID token claim that holds the person's e-mail address. */
    public String emailClaim() {
        return emailClaim;
    }

    /** The ID token claim that holds the person's groups (an array of strings or one string). */
    public String groupsClaim() {
        return groupsClaim;
    }

    /** The provider's name as people know it, for the "Sign in with ..." button. */
    public String name() {
        return name;
    }

    /** The scopes asked for, space-separated; {@code openid} is always added. */
    public String scopes() {
        return scopes;
    }

    /** How long connecting to the provider, and then reading one answer, may each take. */
    public Duration timeout() {
        return timeout;
    }

    /** Names what is set, never the secret. */
    @Override
    public String toString() {
        return "OidcSettings[issuer="
                + issuer().orElse("(none)")
                + ", clientId="
                + clientId().orElse("(none)")
                + ", clientSecret="
                + (clientSecret().isPresent() ? "(set)" : "(none)")
                + "]";
    }

    private static Optional<String> present(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
