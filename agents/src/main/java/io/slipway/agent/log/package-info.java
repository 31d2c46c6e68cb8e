/**
 * Build log output as step executors see it: a line sink and the masking of secret values, shared by
 * the server's local executor and remote agents. Nothing here stores or transports logs.
 */
package io.slipway.agent.log;
