/**
 * Security: sealing of secrets, the key ring, and how callers are recognized.
 *
 * <p>Operations: seal a secret for storage and open it again ({@link io.relink.security.Sealer});
 * hold the keyset, loaded and checked once at start ({@link io.relink.security.KeyRing}); read,
 * generate and rotate keysets ({@link io.relink.security.Keysets}, and {@link
 * io.relink.security.KeysetTool} for operators); recognize callers of the pages and the API ({@link
 * io.relink.security.CallerAuthentication}, {@link io.relink.security.MemberIdentityStore}); keep
 * pages from being framed or sniffed ({@link io.relink.security.SecurityHeaders}).
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
 *       Bearer}, a member's e-mail and password as {@code Basic} (split at the first colon, so a
 *       password may hold colons; malformed credentials are none), and for the pages a sign-in
 *       form. Passwords are checked against their PBKDF2 hash. The pages' session never
 *       authenticates an API call.
 *   <li>R6: secrets are opened only at the edge that uses them and never appear in logs, messages
 *       or {@code toString()}.
 * </ul>
 */
package io.relink.security;
