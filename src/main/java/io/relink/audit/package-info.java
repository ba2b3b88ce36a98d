/**
 * Audit: the history of each workspace, kept when what it speaks of is gone.
 *
 * <p>Operations: {@link io.relink.audit.control.AuditTrail} writes an entry for every committed
 * change a check or a person makes (it observes the change events inside their transaction);
 * {@link io.relink.audit.control.History} reads a channel's history, newest first;
 * {@link io.relink.channels.control.ChangeLog} tells operators of state changes in the server log.
 *
 * <p>Rules: an entry is written in the same transaction as the change it records, and never
 * changed afterwards. Routine checks that change nothing are counted on the token and in metrics,
 * not written one by one.
 */
package io.relink.audit;
