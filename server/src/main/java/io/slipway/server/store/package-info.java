/**
 * Durable state: opening the database with its Flyway migrations (an empty H2 data folder starts from the
 * build's seed, a current schema skips Flyway) and one Jdbi SqlObject interface
 * per aggregate. SQL lives here and in {@code db/server}, nowhere else; nothing here knows HTTP.
 */
package io.slipway.server.store;
