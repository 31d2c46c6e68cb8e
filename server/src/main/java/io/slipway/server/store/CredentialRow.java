package io.slipway.server.store;

import java.time.Instant;

/** A row of {@code credentials}: the secret fields are only in {@code sealed}, encrypted. */
public record CredentialRow(String id, String type, String description, String sealed,
        Instant createdAt, Instant updatedAt) {
}
