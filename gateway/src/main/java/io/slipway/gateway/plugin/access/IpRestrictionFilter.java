package io.slipway.gateway.plugin.access;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.filter.Filter;
import io.slipway.gateway.filter.FilterChain;
import io.slipway.gateway.plugin.schema.Json;
import java.net.InetAddress;

/**
 * Kong's ip-restriction: a client in {@code deny} is refused; when {@code allow} is set, a client
 * outside it is refused too. Entries are IPv4/IPv6 addresses and CIDR ranges compiled into a
 * {@link CidrTable}. The client is the TCP peer ({@link Exchange#clientAddress()}): an
 * {@code X-Forwarded-For} header is not trusted, since any client can send one. Refusals use
 * {@code status} (default 403) and {@code message} (default Kong 3's "Your IP address is not allowed").
 */
public final class IpRestrictionFilter implements Filter {

    static final String DEFAULT_MESSAGE = "Your IP address is not allowed";

    private final CidrTable allow;
    private final CidrTable deny;
    private final int status;
    private final String message;

    public IpRestrictionFilter(ObjectNode config) {
        this.allow = CidrTable.of(Json.strings(config, "allow"));
        this.deny = CidrTable.of(Json.strings(config, "deny"));
        this.status = config.path("status").isNumber() ? config.path("status").asInt() : 403;
        String configured = Json.text(config, "message");
        this.message = configured == null ? DEFAULT_MESSAGE : configured;
    }

    /** The schema's message for an entry that is neither an IP address nor a CIDR range, or null. */
    public static String entryProblem(String entry) {
        return Cidr.problem(entry);
    }

    @Override
    public String name() {
        return "ip-restriction";
    }

    @Override
    public void filter(Exchange exchange, FilterChain chain) {
        InetAddress client = exchange.clientAddress().getAddress();
        if (client == null || deny.contains(client) || (!allow.isEmpty() && !allow.contains(client))) {
            exchange.respondJson(status, message, EmptyHttpHeaders.INSTANCE);
            return;
        }
        chain.next(exchange);
    }
}
