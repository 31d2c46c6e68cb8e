package io.slipway.server.store;

import java.time.Instant;

/**
 * A row of {@code jobs}: either the repository columns or {@code pipeline} are set, never both.
 * The job service turns it into a {@code Job}.
 */
public record JobRow(
        String name,
        String description,
        String repoUrl,
        String repoBranch,
        String scriptPath,
        String pipeline,
        Instant createdAt,
        Instant updatedAt) {
}
