/**
 * People: whoever signs in to Relink, with one e-mail address and a password or an identity at the
 * company's identity provider, whatever workspaces they belong to (memberships and roles are {@code
 * workspaces}'). This component decides whether a password may be chosen, whether a sign-in
 * succeeds, and lets the very first person in.
 *
 * <p>Operations: find and make people ({@link io.relink.people.control.People}); hash and verify
 * passwords ({@link io.relink.people.control.Passwords}, with the pure {@link
 * io.relink.people.control.PasswordHashes} and {@link io.relink.people.control.PasswordPolicy});
 * decide a sign-in with e-mail and password, for the pages and {@code Authorization: Basic} alike
 * ({@link io.relink.people.control.SignIns}, throttled by {@link
 * io.relink.people.control.SignInThrottle} and {@link io.relink.people.control.AddressThrottle},
 * with {@link io.relink.people.control.VerifiedPasswords} sparing scripts a hash per call); issue
 * and spend single-use setup and reset links ({@link io.relink.people.control.PersonLinks}); make
 * the first instance administrator ({@link io.relink.people.control.Bootstrap}).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>R1: a person's e-mail address is their login, stored trimmed and in lower case and unique
 *       across Relink (a unique index), so {@code Ana@Example.com} and {@code ana@example.com} are
 *       one person.
 *   <li>R2: a password is kept only as a PBKDF2-HMAC-SHA256 hash with at least 600,000 iterations
 *       ({@code relink.passwords.iterations}; fewer are refused) and a random 32-byte salt of its
 *       own. A stored hash made with weaker parameters (fewer iterations, a salt under 16 bytes,
 *       another format) is made again right after the next successful sign-in. An unknown person
 *       costs the same verification time as a known one.
 *   <li>R3: a password that is chosen has 12 to 256 characters, is not the e-mail address or its
 *       local part and does not contain a local part of four or more characters, is not a common
 *       password (the shipped list, case-insensitive, not even with digits or symbols added at its
 *       end), and is not one character or a short group repeated nor a run of consecutive
 *       characters. Nothing else is demanded (NIST SP 800-63B); a refusal is one sentence saying
 *       what to change.
 *   <li>R4: failed sign-ins are counted per account, in the database so that every node agrees, and
 *       per client address on each node (IPv6 by its /64, at most 10,000 addresses held). Four
 *       failures in a row cost nothing; from the fifth each failure makes the next try wait, from 1
 *       second doubling up to 15 minutes, during which even the right password is refused (only a
 *       password this node verified for the account in the last five minutes still gets in, from an
 *       address that is not paused). The fifth failure e-mails the account's owner once. A success
 *       or a new password ends an account's count; an address's is forgotten after an hour without
 *       failure.
 *   <li>R5: a setup or reset link carries 256 random bits, of which only the SHA-256 is stored; it
 *       works once and until it expires (setup: one hour; reset: {@code
 *       relink.passwords.reset-life}), and a newer link of the same kind for the same person ends
 *       the older. Opening it (GET, HEAD) only shows the form; only the form's POST sets the
 *       password and spends the link. Asking for a reset answers the same whether or not the
 *       address has an account.
 *   <li>R6: the bootstrap acts only on a database with nobody in it and outside demo mode: it makes
 *       {@code relink.bootstrap.admin-email} the instance administrator, with {@code
 *       relink.bootstrap.admin-password} when that passes R3, else with a setup link printed once
 *       in the log. There is never a default password; without an address it only says in the log
 *       how to get in.
 * </ul>
 */
package io.relink.people;
