package io.slipway.server.store;

import java.time.Instant;

/** A row of {@code audit_log}. */
public record AuditRow(long id, Instant at, String actor, String action, String target, String detail) {
}
