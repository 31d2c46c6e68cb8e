/**
 * Upstreams whose targets follow a Consul service: one daemon thread per followed service runs
 * blocking health queries through consul-client and replaces the upstream's targets with the
 * service's passing instances. Nothing here runs on the proxy's event loops.
 */
package io.slipway.gateway.proxy.consul;
