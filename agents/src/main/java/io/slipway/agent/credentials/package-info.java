/**
 * Binding stored credentials into a block: {@code withCredentials} and its binding symbols. Secret
 * values only go to environment variables, owner-only temp files and the log masker.
 */
package io.slipway.agent.credentials;
