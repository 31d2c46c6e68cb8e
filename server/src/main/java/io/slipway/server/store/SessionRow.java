package io.slipway.server.store;

import java.time.Instant;

/** A row of {@code sessions}: found by the SHA-256 of the cookie value. */
public record SessionRow(String idHash, String userName, String csrfToken, Instant createdAt, Instant lastSeenAt) {
}
