/**
 * Reconnect: getting a working token back. Today it holds the networks' own callbacks
 * ({@link io.relink.reconnect.boundary.CallbacksResource}): a signed deauthorize callback kills
 * that person's tokens at once, without waiting for a sweep. The OAuth reconnect, add-token and
 * unlink flows come next.
 *
 * <p>Rules: callbacks carry no API key; each proves itself with the network's signature, and one
 * that does not is refused and changes nothing.
 */
package io.relink.reconnect;
