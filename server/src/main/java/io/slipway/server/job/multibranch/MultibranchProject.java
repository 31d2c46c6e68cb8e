package io.slipway.server.job.multibranch;

import java.time.Instant;

/**
 * A multibranch project as stored: its repository, the Jenkinsfile path each branch must hold, how often it
 * rescans, and how its last scan went ({@code lastScanError} null when it succeeded).
 */
public record MultibranchProject(String name, String description, String repoUrl, String scriptPath,
        int scanIntervalMinutes, Instant lastScanAt, String lastScanError, Instant createdAt) {
}
