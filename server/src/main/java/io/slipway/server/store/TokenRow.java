package io.slipway.server.store;

import java.time.Instant;

/** An API token as listed: its id and label, never its value or hash. */
public record TokenRow(String tokenId, String label, Instant createdAt) {
}
