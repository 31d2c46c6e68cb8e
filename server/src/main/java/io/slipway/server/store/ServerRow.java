package io.slipway.server.store;

import java.time.Instant;

/** A row of {@code servers}, read with the database's own clock ({@code dbNow}) so that servers' clocks may differ. */
public record ServerRow(String id, Instant heartbeatAt, long leaseMillis, Instant dbNow) {

    /** Whether this server's lease ran out: no heartbeat within its lease, by the database's clock. */
    public boolean expired() {
        return heartbeatAt.plusMillis(leaseMillis).isBefore(dbNow);
    }
}
