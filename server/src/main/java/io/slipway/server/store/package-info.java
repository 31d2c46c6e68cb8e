/**
 * Durable state: opening the database with its Flyway migrations and one Jdbi SqlObject interface
 * per aggregate. SQL lives here and in {@code db/server}, nowhere else; nothing here knows HTTP.
 */
package io.slipway.server.store;
