/** Kong's cors plugin: preflight answers and the {@code Access-Control-*} response headers. */
package io.slipway.gateway.plugin.cors;
