/**
 * Plugin configuration schemas: fields with Kong's types, defaults and checks, the validation that
 * fills defaults in and reports every bad field by path ({@code config.minute}), and the schema
 * description behind {@code /plugins/schema/{name}}. Runs when configurations change, never per request.
 */
package io.slipway.gateway.plugin.schema;
