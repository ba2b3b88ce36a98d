package io.relink.webhooks.control;

/**
 * Fired in the transaction that wrote an outbox event; its after-success observer (the relay) sends
 * it at once instead of at the next tick.
 */
public record OutboxWritten() {}
