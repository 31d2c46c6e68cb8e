/**
 * The audit log: who triggered, approved, aborted or rolled back what, and every change to jobs,
 * credentials and users. {@link io.slipway.server.audit.AuditTrail} records API changes after they
 * succeed; page controllers record theirs through {@link io.slipway.server.audit.AuditLog}. Entries
 * hold names and outcomes, never secret values.
 */
package io.slipway.server.audit;
