package io.slipway.gateway.plugin.ratelimit;

import io.netty.util.AsciiString;
import io.slipway.gateway.filter.AuthenticatedConsumer;
import io.slipway.gateway.filter.Exchange;

/**
 * Whom a rate limit counts, Kong's {@code limit_by}: the consumer (else its credential), the
 * credential, the client IP, the service, a header's value, or a configured path. When the
 * identifier is missing (no consumer yet, no such header, another path) the client IP counts, as in Kong.
 */
enum LimitBy {
    CONSUMER, CREDENTIAL, IP, SERVICE, HEADER, PATH;

    /** Counts clients whose address is unknown together, rather than not at all. */
    private static final String UNKNOWN_CLIENT = "unknown-client";

    static LimitBy parse(String value) {
        return switch (value) {
            case "consumer" -> CONSUMER;
            case "credential" -> CREDENTIAL;
            case "ip" -> IP;
            case "service" -> SERVICE;
            case "header" -> HEADER;
            case "path" -> PATH;
            default -> throw new IllegalArgumentException("unknown limit_by '" + value + "'");
        };
    }

    /** The counting key; the client's {@link java.net.InetAddress} when nothing better applies. */
    Object identifier(Exchange exchange, AsciiString headerName, String path) {
        Object id = switch (this) {
            case CONSUMER -> {
                AuthenticatedConsumer c = exchange.consumer().orElse(null);
                yield c == null ? null : c.id() != null ? c.id() : c.credentialId();
            }
            case CREDENTIAL -> exchange.consumer().map(AuthenticatedConsumer::credentialId).orElse(null);
            case SERVICE -> exchange.match().serviceId();
            case HEADER -> headerName == null ? null : exchange.requestHeaders().get(headerName);
            case PATH -> path != null && path.equals(exchange.path()) ? path : null;
            case IP -> null;
        };
        if (id != null) {
            return id;
        }
        Object ip = exchange.clientAddress() == null ? null : exchange.clientAddress().getAddress();
        return ip != null ? ip : UNKNOWN_CLIENT;
    }
}
