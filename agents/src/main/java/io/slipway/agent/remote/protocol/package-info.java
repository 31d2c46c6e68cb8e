/**
 * The wire protocol between a remote agent and its server: {@link io.slipway.agent.remote.protocol.Message}
 * records as JSON text frames over a WebSocket. Both sides use these classes; nothing here does I/O.
 */
package io.slipway.agent.remote.protocol;
