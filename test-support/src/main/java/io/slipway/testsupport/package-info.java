/**
 * Test doubles that several modules share, kept once: a Consul-HTTP-compatible fake, a chat-webhook
 * receiver and a Git fixture repository builder. Only test scopes depend on this module.
 */
package io.slipway.testsupport;
