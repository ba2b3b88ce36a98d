/**
 * Platform: what every component stands on: the datasource, the schema's migrations, the clock,
 * JSON settings, this node's name, the page every list answers, the filter of the OpenAPI document,
 * sending e-mail and single-use secrets.
 *
 * <p>Operations: {@link io.relink.platform.Database} (the one datasource) and {@link
 * io.relink.platform.UrlDataSource}; {@link io.relink.platform.Migrations} (Flyway at start);
 * {@link io.relink.platform.Clocks} (the one clock); {@link io.relink.platform.JsonConfig}; {@link
 * io.relink.platform.Node} (this node's name); {@link io.relink.platform.Setting} (values Relink
 * keeps for itself); {@link io.relink.platform.Page} (the page every list answers); {@link
 * io.relink.platform.OpenApiFilter} (the OpenAPI document is written in {@code
 * META-INF/openapi.yaml}, served at {@code /openapi} and shown at {@code /api.html}); {@link
 * io.relink.platform.Mailer} (SMTP from {@code relink.mail.*}; a message the server did not take is
 * an error the caller sees, never dropped; a recipient is one plain address; no secret ever goes
 * into a message, only single-use links) and {@link io.relink.platform.OneTimeSecret}; {@link
 * io.relink.platform.Signals} (a short text to every node: PostgreSQL's {@code NOTIFY} and one
 * listening connection per node, or this node alone on H2).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>R1: one datasource, and its URL alone chooses the database (the embedded H2 file by
 *       default, PostgreSQL when {@code relink.db.url} says so). Its defaults sit in the
 *       datasource's placeholders because Payara resolves those without the WAR's properties file.
 *   <li>R2: Flyway brings the schema up to date before anything else touches the database, with one
 *       script set for both databases; Hibernate never creates or alters tables; Flyway's lock
 *       makes the concurrent start of several nodes safe.
 *   <li>R3: the time comes from one clock; pure classes are handed their instant.
 *   <li>R4: every configuration default is written once, in {@code
 *       META-INF/microprofile-config.properties} (R1's placeholders excepted); Java names the keys
 *       and repeats no default, and the README's configuration tables list every key of that file.
 *   <li>R5: JSON answers write absent values as {@code null}, so every answer has the same fields,
 *       and instants as ISO-8601.
 *   <li>R6: every REST endpoint is in the OpenAPI document, with its summary, answers, scope,
 *       parameters and examples; the SANDBOX simulator is left out of it.
 *   <li>R7: a node's name is {@code relink.node.name}, else its host name and process id; it owns
 *       the row leases the node takes, so each node of a cluster needs its own.
 *   <li>R8: one log record is one line: every record of an {@code io.relink} logger reaches the
 *       server's handlers with its control characters (CR, LF and the like) escaped, so names, ids
 *       and error messages from networks and callers cannot forge log lines ({@link
 *       io.relink.platform.LogLines}). A pattern with parameters keeps its own line breaks.
 * </ul>
 */
package io.relink.platform;
