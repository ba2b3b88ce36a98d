/**
 * Platform: what every component stands on: the datasource (chosen by URL), Flyway migrations at
 * start, the JAX-RS application, its JSON settings and its OpenAPI document ({@link
 * io.relink.platform.ApiDefinition}, served at {@code /openapi} and shown at {@code /api.html}), and
 * the clock.
 */
package io.relink.platform;
