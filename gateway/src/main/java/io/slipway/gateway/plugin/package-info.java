/**
 * Kong's plugins as request-path filters. {@link io.slipway.gateway.plugin.PluginRegistry} knows the
 * plugin names, priorities and schemas (the Admin API validates with it);
 * {@link io.slipway.gateway.plugin.PluginChainBuilder} turns a configuration into each route's
 * ordered filters by Kong's precedence. The plugins themselves live in sub-packages by concern
 * (auth, access, ratelimit, cors, transform). Everything is compiled once per configuration change;
 * filters do not block, log or allocate needlessly per request.
 */
package io.slipway.gateway.plugin;
