package io.slipway.server.audit;

import io.slipway.server.store.AuditStore;
import java.time.Clock;
import java.util.List;

/**
 * Appends to and reads the audit log. Callers pass names, ids and outcomes, never secret values.
 * Thread-safe: all state is in the store.
 */
public final class AuditLog {

    private static final int MAX_TARGET = 500;
    private static final int MAX_DETAIL = 2000;

    private final AuditStore store;
    private final Clock clock;

    public AuditLog(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void record(String actor, String action, String target, String detail) {
        store.insert(clock.instant(), cut(actor, 100), cut(action, 60), cut(target, MAX_TARGET),
                detail == null ? null : cut(detail, MAX_DETAIL));
    }

    /**
     * Entries newest first.
     *
     * @param beforeId only entries with a smaller id (paging); {@code Long.MAX_VALUE} for the newest
     * @param actor only this actor's entries, or null
     * @param actionPrefix only actions starting with this (e.g. {@code build.}), or null
     */
    public List<AuditEntry> newestFirst(long beforeId, String actor, String actionPrefix, int limit) {
        return store.newestFirst(beforeId, blankToNull(actor),
                        actionPrefix == null || actionPrefix.isBlank() ? null : actionPrefix + "%",
                        Math.max(1, Math.min(limit, 1000))).stream()
                .map(r -> new AuditEntry(r.id(), r.at(), r.actor(), r.action(), r.target(), r.detail()))
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
