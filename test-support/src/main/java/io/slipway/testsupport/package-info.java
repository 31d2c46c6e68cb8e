/**
 * Test doubles that several modules share, kept once: a Consul-HTTP-compatible fake, a chat-webhook
 * receiver, a Git fixture repository builder and a fresh PostgreSQL schema per test. Only test scopes
 * depend on this module.
 */
package io.slipway.testsupport;
