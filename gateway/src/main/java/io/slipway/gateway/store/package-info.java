/**
 * Where the configuration is kept: {@link io.slipway.gateway.store.ConfigStore} over an H2 file,
 * PostgreSQL (shared by several nodes, which poll a change counter) or memory only (DB-less), with
 * Kong's relational rules enforced by {@link io.slipway.gateway.store.EntitySet}. SQL lives only in
 * {@code Database} and the Flyway migrations under {@code db/migration/gateway}. No HTTP here.
 */
package io.slipway.gateway.store;
