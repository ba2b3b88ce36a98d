/**
 * Webhooks: telling other systems, reliably and verifiably, what happened to a workspace's
 * channels, so that a product built on Relink learns of a lost channel within seconds instead of at
 * its next failed post.
 *
 * <p>Operations: the {@link io.relink.webhooks.control.Outbox} observes the channel aggregate's
 * events (and a finished connection flow) inside the transaction of the change and writes each as
 * an {@link io.relink.webhooks.entity.OutboxEvent} whose payload is the exact body every subscriber
 * receives, {@code {type, timestamp, data}}; which change becomes which {@link
 * io.relink.webhooks.entity.EventType} is decided there. The {@link
 * io.relink.webhooks.boundary.WebhookRelay} (a non-persistent timer on every node, every {@code
 * relink.webhooks.interval}, and a pass at once when a change on the node wrote an event) has
 * {@link io.relink.webhooks.control.Deliveries} fan new events out into one {@link
 * io.relink.webhooks.entity.Delivery} per interested {@link
 * io.relink.webhooks.entity.Subscription}, claim the due ones under leases, and record each {@link
 * io.relink.webhooks.entity.Attempt}; the {@link io.relink.webhooks.control.Sender} signs ({@link
 * io.relink.webhooks.control.WebhookSignature}) and posts them, {@link
 * io.relink.webhooks.control.Receipts} decides what counts as delivered and what of the answer is
 * kept, {@link io.relink.webhooks.control.Backoff} when to try again, and {@link
 * io.relink.webhooks.control.DisabledNotices} tells the owners of a workspace whose webhook Relink
 * disabled. {@link io.relink.webhooks.boundary.WebhooksResource} ({@code /api/v1/webhooks}, scope
 * {@code admin}) subscribes, lists, changes, enables, disables and deletes webhooks ({@link
 * io.relink.webhooks.control.Subscriptions}, destinations checked by {@link
 * io.relink.webhooks.control.Destinations}), rotates a secret, lists deliveries with their
 * attempts, sends a test event and redelivers. Settings: {@link
 * io.relink.webhooks.control.WebhookSettings} ({@code relink.webhooks.*}).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>R1: an event is written to the outbox in the transaction of the change that caused it, so a
 *       committed change is never left untold (not even by a crash right after the commit) and a
 *       rolled-back one tells nothing; each notice has a key, so the same one is written once.
 *   <li>R2: an event becomes at most one delivery per subscription (unique on subscription and
 *       event): the enabled subscriptions of its workspace that want its type when it is fanned
 *       out, or, for {@code webhook.test}, the one subscription it was asked for.
 *   <li>R3: a delivery carries the same {@code webhook-id} ({@code msg_} and the event's id) and
 *       the same body on every attempt, retry, takeover and redelivery, so receivers drop
 *       duplicates by it; only {@code webhook-timestamp} and the signature are new each time.
 *   <li>R4: a node sends only the deliveries it leased ({@code relink.webhooks.lease}), claimed
 *       under row locks, so no two nodes send the same delivery at once; a dead node's lease runs
 *       out and another node sends the delivery.
 *   <li>R5: order per subscription and channel: a delivery is not handed out while an older one of
 *       the same subscription and channel is still pending.
 *   <li>R6: only a 2xx answer delivers; anything else is retried after about 5 s, 5 min, 30 min, 2
 *       h, 5 h, 10 h, then every 10 h, each wait spread by up to 20 % either way; once a delivery's
 *       first attempt lies {@code relink.webhooks.disable-after} back, a last attempt is made, and
 *       when it fails too Relink gives up on the delivery, disables the subscription and e-mails
 *       the workspace's owners. A disabled subscription is sent nothing and gets no deliveries for
 *       new events until a person enables it again.
 *   <li>R7: destinations are {@code https} to public addresses only (plain {@code http}, to
 *       loopback alone, only with {@code relink.webhooks.allow-loopback}, i.e. demo mode and
 *       tests); no user information in the URL; the check is made when a subscription is made or
 *       changed and again before each send; redirects are never followed.
 *   <li>R8: deliveries are signed as Standard Webhooks say ({@code webhook-signature: v1,<base64
 *       HMAC-SHA256 of id.timestamp.body>}, one per valid secret while a rotated secret's
 *       predecessor lasts, {@code relink.webhooks.previous-secret-life}); secrets are sealed at
 *       rest like the tokens, bound to their subscription, and shown once, in the answer that makes
 *       or rotates them.
 * </ul>
 */
package io.relink.webhooks;
