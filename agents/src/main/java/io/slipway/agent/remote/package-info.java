/**
 * The remote agent process ({@code java -jar agents/target/slipway-agent.jar}): command line, the WebSocket
 * connection to the server with reconnects and heartbeats, the reliable outbox that resends unacknowledged log
 * lines and results after a cut, and the runner of step calls. It uses the same step executors as the server.
 */
package io.slipway.agent.remote;
