package io.slipway.server.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: when, who ({@code actor}, a user name or "system"), what
 * ({@code action}, such as {@code build.trigger}, {@code input.proceed}, {@code user.update}), on
 * what ({@code target}, such as {@code deploy-api #12}) and a short detail. Never a secret value.
 */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
    }
}
