/**
 * Demo: the sample workspace that README command 1 shows.
 *
 * <p>Rules: only with {@code relink.demo=true}; seeded once (a restart keeps what people did with
 * it); never part of a production start.
 */
package io.relink.demo;
