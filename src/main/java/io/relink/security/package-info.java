/**
 * Security: sealing of secrets, the key ring, and how callers are recognized (API keys, passwords,
 * single sign-on).
 *
 * <p>Operations: seal a secret for storage and open it again ({@link io.relink.security.Sealer});
 * hold the keyset, loaded and checked once at start ({@link io.relink.security.KeyRing}); read,
 * generate and rotate keysets ({@link io.relink.security.Keysets}, and {@link
 * io.relink.security.KeysetTool} for operators); recognize callers of the pages and the API and
 * choose the workspace each request works in ({@link io.relink.security.CallerAuthentication});
 * sign people in through the company's identity provider ({@link io.relink.security.SingleSignOn},
 * with {@code security.oidc}); keep pages from being framed or sniffed ({@link
 * io.relink.security.SecurityHeaders}).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>R1: every token secret is sealed with an AEAD (AES-256-GCM, Google Tink) before it is
 *       stored; the sealed bytes never contain the secret, and sealing it twice gives different
 *       bytes.
 *   <li>R2: each sealed value is bound to its context (the token's id and which of its secrets it
 *       is): it opens in no other context and under no other keyset, and altered or truncated bytes
 *       never open.
 *   <li>R3: keys rotate: a rotated keyset seals with its new primary key, and every key it still
 *       holds opens what older keys sealed.
 *   <li>R4: the keyset comes from {@code relink.secrets.keyset} (Tink JSON, or base64 of it); only
 *       in demo mode is one generated, once, into the data folder. Outside demo mode Relink refuses
 *       to start without one, and a keyset that cannot open the stored canary stops the start,
 *       naming the problem. Anything that is not a keyset is refused saying why.
 *   <li>R5: one mechanism recognizes callers, for pages and API alike: an API key as {@code
 *       Bearer}, a person's e-mail and password as {@code Basic} (split at the first colon, so a
 *       password may hold colons; malformed credentials are none), and for the pages a sign-in form
 *       or the identity provider, then the session. Passwords are checked by {@code
 *       people.control.SignIns} (PBKDF2, throttled: a paused sign-in is a 429 with {@code
 *       Retry-After} on the API). The pages' session never authenticates an API call, and an {@code
 *       Authorization} header is read only on the API.
 *   <li>R6: secrets are opened only at the edge that uses them and never appear in logs, messages
 *       or {@code toString()}.
 *   <li>R7: a person's groups are made again on every request from their role in the workspace it
 *       works in (the path {@code /api/v1/workspaces/<id>…}, else the {@code Relink-Workspace}
 *       header, else their first; on the pages the one kept in the session), plus {@code person},
 *       plus {@code instance-admin} for instance administrators. Naming a workspace they have no
 *       role in is a 404, except that an instance administrator reaches any workspace itself
 *       through its path.
 *   <li>R8: signing in on the pages starts a new session id (no session fixation). Single sign-on
 *       admits only people Relink knows or has invited (see {@code workspaces.control.Admissions});
 *       why it refused is told on the sign-in page through the session, never through the address.
 *   <li>R9: a signed-out GET of a protected page is remembered in the session, and the sign-in
 *       (form or identity provider) then opens that page instead of the home page, once. Only a
 *       path of Relink itself is kept ({@link io.relink.security.ReturnPath}: starting with one
 *       {@code /}, no backslash, no control character or space, not the sign-in or the API): never
 *       an open redirect.
 *   <li>R10: pages and the sign-in form take the methods a browser uses (GET, HEAD, POST, OPTIONS;
 *       else 405) and a body of declared length up to 64 KiB (else 413; chunked: 411), refused
 *       before the body is read ({@link io.relink.security.RequestLimits}).
 * </ul>
 */
package io.relink.security;
