/**
 * Audit: the history of each workspace, kept when what it speaks of is gone.
 *
 * <p>Operations: {@link io.relink.audit.control.AuditTrail} writes an entry, {@link
 * io.relink.audit.control.History} reads a channel's history, newest first, a page at a time;
 * {@link io.relink.audit.entity.Action} names what an entry tells of. Audit depends on no other
 * component: the writers of changes (the channel ledger, people's actions) call it.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>R1: each change is written as its entries (a death, for one: {@code token.died} and {@code
 *       channel.state-changed}) in the transaction of the change; a change that rolls back leaves
 *       none.
 *   <li>R2: entries are never changed, and outlive what they speak of (plain ids, kept through
 *       unlink and erasure).
 *   <li>R3: routine checks that change nothing are counted (on the token, metric {@code
 *       relink_checks}), not written one by one.
 *   <li>R4: every entry names its actor; the actions are the ones {@link
 *       io.relink.audit.entity.Action} lists, and the README's table lists the same.
 * </ul>
 */
package io.relink.audit;
