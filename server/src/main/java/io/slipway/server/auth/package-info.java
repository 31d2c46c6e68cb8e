/**
 * Authentication of API calls: bearer tokens stored as hashes, the first admin's token, and the
 * before-handler that guards {@code /api/**}. Tokens never appear in logs or responses after the
 * one-time print of a generated admin token.
 */
package io.slipway.server.auth;
