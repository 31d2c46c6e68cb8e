/**
 * Kong's plugins as request-path filters. {@link io.slipway.gateway.plugin.PluginRegistry} knows the
 * plugin names, priorities and schemas (the Admin API validates through
 * {@link io.slipway.gateway.plugin.PluginRegistryCatalog});
 * {@link io.slipway.gateway.plugin.PluginChainBuilder} turns a configuration into each route's
 * ordered filters by Kong's precedence. The plugins live in sub-packages by concern (auth, access,
 * ratelimit, cors, transform). Everything is compiled once per configuration change; filters do
 * not block, log or allocate needlessly per request.
 * <p>
 * Where this node differs from Kong, on purpose:
 * <ul>
 *   <li>Request bodies stream to the upstream unread, so key-auth's {@code key_in_body} and the
 *       request-transformer's body operations are refused at validation rather than ignored.</li>
 *   <li>rate-limiting counts per node ({@code local}); {@code cluster} is accepted and counts per
 *       node too, {@code redis} is refused; counting shared between nodes is issue #9.</li>
 *   <li>ip-restriction judges the TCP peer; {@code X-Forwarded-For} is not trusted.</li>
 *   <li>basic-auth remembers verified credentials by a SHA-256 digest of the header, so bcrypt runs
 *       once per client and configuration, not per request; a miss still hashes on the event loop.</li>
 *   <li>prometheus adds no filter: the proxy always collects metrics; its flags are available as
 *       {@link io.slipway.gateway.plugin.PrometheusSettings} through
 *       {@link io.slipway.gateway.plugin.ConfiguredPlugins#prometheus}.</li>
 *   <li>request-transformer templates know {@code headers} and {@code query_params};
 *       {@code uri_captures} render empty.</li>
 * </ul>
 */
package io.slipway.gateway.plugin;
