/**
 * Platform: what every component stands on: the datasource (chosen by URL), Flyway migrations at
 * start, the JAX-RS application, its JSON settings, the page every list answers ({@link Page}), the
 * filter of its OpenAPI document (written in {@code META-INF/openapi.yaml}, served at {@code /openapi}
 * and shown at {@code /api.html}), and the clock.
 */
package io.relink.platform;
