/**
 * Audit: the history of each workspace, kept when what it speaks of is gone.
 *
 * <p>Rules: an entry is written in the same transaction as the change it records, and never
 * changed afterwards.
 */
package io.relink.audit;
