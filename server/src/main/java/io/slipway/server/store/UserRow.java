package io.slipway.server.store;

import java.time.Instant;

/** A row of {@code users}; {@code environments} is a comma-separated list. */
public record UserRow(String name, String passwordHash, String role, String environments, Instant createdAt,
        Instant updatedAt) {
}
