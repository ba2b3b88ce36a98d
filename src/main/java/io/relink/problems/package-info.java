/**
 * Problems: how Relink tells a client what went wrong.
 *
 * <p>Operations: render every failure of the REST API ({@link io.relink.problems.ProblemMapper});
 * raise a failure with a clear answer ({@link io.relink.problems.ProblemException}, {@link
 * io.relink.problems.Problem}); read a JSON request body strictly ({@link
 * io.relink.problems.JsonBody}); read ids from paths ({@link io.relink.problems.Ids}).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>R1: every failure of the REST API is an RFC 9457 {@code application/problem+json} document
 *       ({@code type} {@code urn:relink:problem:<kind>}, {@code title}, {@code status}, {@code
 *       detail}) from the one {@link io.relink.problems.ProblemMapper}.
 *   <li>R2: bad input is a 4xx that says which input and why, and changes nothing: a body that is
 *       not one JSON object, an unknown field, a wrong type or a missing value is a 400 naming the
 *       field; a body over 64 KiB is a 413, refused at the limit without reading the rest, whether
 *       it declared its length or not ({@link io.relink.problems.BodyLimit}, for every endpoint,
 *       callbacks included); a body the parser cannot read (JSON nested too deeply) is a 400, never
 *       a 500.
 *   <li>R3: a malformed id names nothing, so it is a 404 like an unknown one.
 *   <li>R4: a 500 never carries a stack trace, only an incident id that is also in the server log.
 *   <li>R5: an endpoint that takes a body takes it only with a {@code Content-Type} naming its
 *       type: none, a wildcard or another type is a 415 ({@link io.relink.problems.MediaTypes}).
 * </ul>
 */
package io.relink.problems;
