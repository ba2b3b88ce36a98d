/**
 * Center: the Connection Center pages people use.
 *
 * <p>Rules: one page, one backing bean, one layout; beans read through the channel store, never an
 * EntityManager; a disconnected channel stands out as a red alert with its cause in plain words
 * and the next step; only signed-in members see anything.
 */
package io.relink.center;
