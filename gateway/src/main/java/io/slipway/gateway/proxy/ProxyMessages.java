package io.slipway.gateway.proxy;

/** The texts of the proxy's own answers, Kong's words where Kong has them. */
final class ProxyMessages {

    static final String NO_ROUTE = "no Route matched with those values";
    static final String BAD_GATEWAY = "An invalid response was received from the upstream server";
    static final String TIMEOUT = "The upstream server is timing out";
    static final String NO_PEER = "failure to get a peer from the ring-balancer";
    static final String NO_SERVICE = "no Service found with those values";
    static final String BAD_REQUEST = "Bad request";
    static final String INTERNAL = "An unexpected error occurred";

    private ProxyMessages() {}
}
