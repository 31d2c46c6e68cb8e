package io.slipway.gateway.plugin.access;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.util.AsciiString;
import io.slipway.gateway.filter.AuthenticatedConsumer;
import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.filter.Filter;
import io.slipway.gateway.filter.FilterChain;
import io.slipway.gateway.plugin.schema.Json;
import java.util.List;
import java.util.Set;

/**
 * Kong's acl plugin: lets a consumer through when one of its groups is in {@code allow}, or none is
 * in {@code deny}. It needs an authentication plugin before it: without a consumer the answer is
 * 401 "Unauthorized"; a consumer identified by a credential but not allowed gets 403 "You cannot
 * consume this service" (an anonymous consumer gets 401, so that a client knows to authenticate).
 * Allowed requests carry {@code X-Consumer-Groups} upstream unless {@code hide_groups_header}. With
 * {@code include_consumer_groups} the names of the consumer's consumer groups count as groups too.
 */
public final class AclFilter implements Filter {

    static final AsciiString GROUPS_HEADER = AsciiString.cached("X-Consumer-Groups");

    private final Set<String> allow;
    private final Set<String> deny;
    private final boolean hideGroupsHeader;
    private final boolean includeConsumerGroups;

    public AclFilter(ObjectNode config) {
        this.allow = Set.copyOf(Json.strings(config, "allow"));
        this.deny = Set.copyOf(Json.strings(config, "deny"));
        this.hideGroupsHeader = config.path("hide_groups_header").asBoolean(false);
        this.includeConsumerGroups = config.path("include_consumer_groups").asBoolean(false);
    }

    @Override
    public String name() {
        return "acl";
    }

    @Override
    public void filter(Exchange exchange, FilterChain chain) {
        AuthenticatedConsumer consumer = exchange.consumer().orElse(null);
        if (consumer == null) {
            exchange.respondJson(401, "Unauthorized", EmptyHttpHeaders.INSTANCE);
            return;
        }
        List<String> groups = consumer.groups();
        if (includeConsumerGroups && !consumer.consumerGroups().isEmpty()) {
            groups = new java.util.ArrayList<>(groups);
            groups.addAll(consumer.consumerGroups());
        }
        if (blocked(groups)) {
            if (consumer.credentialId() != null) {
                exchange.respondJson(403, "You cannot consume this service", EmptyHttpHeaders.INSTANCE);
            } else {
                exchange.respondJson(401, "Unauthorized", EmptyHttpHeaders.INSTANCE);
            }
            return;
        }
        if (!hideGroupsHeader && !groups.isEmpty()) {
            exchange.requestHeaders().set(GROUPS_HEADER, groups.size() == 1 ? groups.get(0) : String.join(", ", groups));
        }
        chain.next(exchange);
    }

    private boolean blocked(List<String> groups) {
        if (!deny.isEmpty()) {
            for (int i = 0; i < groups.size(); i++) {
                if (deny.contains(groups.get(i))) {
                    return true;
                }
            }
        }
        if (!allow.isEmpty()) {
            for (int i = 0; i < groups.size(); i++) {
                if (allow.contains(groups.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
