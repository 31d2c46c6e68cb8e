package io.slipway.server.store;

import java.time.Duration;
import java.time.Instant;

/**
 * A row of {@code servers}, read with the database's own clock ({@code dbNow}) so that servers' clocks may differ.
 *
 * @param instance the process that holds the id (new at every start; null for a server of an older version)
 * @param dataFolder the key of the data folder that process runs on (null for a server of an older version)
 */
public record ServerRow(String id, Instant heartbeatAt, long leaseMillis, Instant dbNow, String instance,
        String dataFolder) {

    /** Whether this server's lease ran out: no heartbeat within its lease, by the database's clock. */
    public boolean expired() {
        return heartbeatAt.plusMillis(leaseMillis).isBefore(dbNow);
    }

    /** How long ago its last heartbeat was, by the database's clock. */
    public Duration silentFor() {
        return Duration.between(heartbeatAt, dbNow);
    }
}
