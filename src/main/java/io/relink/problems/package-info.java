/**
 * Problems: how Relink tells a client what went wrong.
 *
 * <p>Rules: every failure of the REST API is an RFC 9457 {@code application/problem+json}
 * document from the one {@link io.relink.problems.ProblemMapper}; bad input is a 4xx that says
 * which input and why, and changes nothing; a 500 never carries a stack trace, only an incident
 * id that is also in the server log.
 */
package io.relink.problems;
