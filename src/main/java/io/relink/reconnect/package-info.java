/**
 * Reconnect: getting a working token back. Today it holds the networks' own callbacks
 * ({@link io.relink.reconnect.boundary.CallbacksResource}): a signed deauthorize callback kills
 * that person's tokens at once, without waiting for a sweep; a signed data-deletion request
 * (Meta's) kills them and erases their secrets too ({@link
 * io.relink.reconnect.control.DataDeletions}), and is answered with a confirmation code whose
 * status URL stays readable. The OAuth reconnect, add-token and unlink flows come next.
 *
 * <p>Rules: callbacks carry no API key; each proves itself with the network's signature, and one
 * that does not is refused and changes nothing. A data-deletion request is carried out in one
 * transaction, deaths and erasures together; it keeps the history, and of the person only the
 * SHA-256 of their network id; its confirmation code is 128 random bits.
 */
package io.relink.reconnect;
