/**
 * Platform: what every component stands on: the datasource (chosen by URL), Flyway migrations at
 * start, the JAX-RS application and its JSON settings, and the clock.
 */
package io.relink.platform;
