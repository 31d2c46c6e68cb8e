/**
 * Validation of user input for the configuration entities, in Kong's schema language: field types,
 * defaults, checks and Kong's error shape ({@link io.slipway.gateway.config.schema.SchemaViolation}).
 * {@link io.slipway.gateway.config.schema.EntityKind} lists the kinds with their schemas, unique
 * fields and parents. Relations between entities (does the service exist, is the name taken) are the
 * store's business, not this package's.
 */
package io.slipway.gateway.config.schema;
