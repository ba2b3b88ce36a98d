/**
 * Security: sealing of secrets, the key ring, and how people sign in.
 *
 * <p>Rules: every token secret is sealed with an AEAD under a keyset from configuration (generated
 * into the data folder only in demo mode); new secrets use the primary key and every key of the
 * keyset still opens older ones, so keys can rotate; a keyset that cannot open the stored canary
 * stops the start. Members sign in with a form against their PBKDF2 password hash.
 */
package io.relink.security;
