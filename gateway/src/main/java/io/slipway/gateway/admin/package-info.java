/**
 * The Kong-compatible Admin API on reactor-netty: {@link io.slipway.gateway.admin.AdminServer} (HTTP,
 * admin token, error bodies), {@link io.slipway.gateway.admin.AdminApi} (every path), thin endpoint
 * classes and {@code EntityService}, which turns requests into store writes. Handlers hold no SQL and
 * never touch the proxy directly: they see it through {@link io.slipway.gateway.admin.ProxyStatus}
 * and see plugins through {@link io.slipway.gateway.admin.PluginCatalog}.
 */
package io.slipway.gateway.admin;
