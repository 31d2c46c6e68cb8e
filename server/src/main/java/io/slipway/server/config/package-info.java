/**
 * The server's settings, read once from environment variables at start-up. Nothing here reads the
 * environment later or holds mutable state.
 */
package io.slipway.server.config;
