/**
 * Kong's authentication plugins: key-auth, jwt and basic-auth. Each identifies a consumer through
 * the {@link io.slipway.gateway.plugin.ConsumerIndex} compiled once per configuration and reports
 * it with {@link io.slipway.gateway.filter.Exchange#authenticate}; none blocks except a basic-auth
 * cache miss (one bcrypt check). Nothing here logs per request or keeps a secret in a message.
 */
package io.slipway.gateway.plugin.auth;
