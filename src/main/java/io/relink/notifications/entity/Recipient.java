package io.relink.notifications.entity;

import java.util.UUID;

/**
 * Who a notice goes to.
 *
 * @param address one plain e-mail address
 * @param personId the member it belongs to; null for an address outside the workspace
 */
public record Recipient(String address, UUID personId) {}
