package io.slipway.server.credential;

import java.time.Instant;

/** What anyone may see of a credential: never a secret value. */
public record CredentialInfo(String id, String type, String description, Instant createdAt, Instant updatedAt) {
}
