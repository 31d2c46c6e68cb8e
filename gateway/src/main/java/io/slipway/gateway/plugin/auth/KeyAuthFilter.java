package io.slipway.gateway.plugin.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;
import io.slipway.gateway.filter.AuthenticatedConsumer;
import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.plugin.ConsumerIndex;
import io.slipway.gateway.plugin.QueryString;
import io.slipway.gateway.plugin.schema.Json;
import java.util.List;

/**
 * Kong's key-auth: the API key is looked for under each of {@code key_names}, in the headers, then
 * in the query string, and mapped to its consumer through the {@link ConsumerIndex} built once per
 * configuration. {@code key_in_body} is refused by the schema: request bodies stream past the
 * filters unread.
 */
public final class KeyAuthFilter extends AuthenticationFilter {

    private static final Rejection DUPLICATE = Rejection.of(401, "Duplicate API key found");

    private final List<String> keyNames;
    private final AsciiString[] headerNames;
    private final boolean inHeader;
    private final boolean inQuery;
    private final boolean hideCredentials;
    private final ConsumerIndex consumers;
    private final Rejection noKey;
    private final Rejection invalid;

    public KeyAuthFilter(ObjectNode config, ConsumerIndex consumers) {
        super("key-auth", config.path("run_on_preflight").asBoolean(true), Json.text(config, "anonymous"), consumers);
        this.keyNames = Json.strings(config, "key_names");
        this.headerNames = keyNames.stream().map(AsciiString::of).toArray(AsciiString[]::new);
        this.inHeader = config.path("key_in_header").asBoolean(true);
        this.inQuery = config.path("key_in_query").asBoolean(true);
        this.hideCredentials = config.path("hide_credentials").asBoolean(false);
        this.consumers = consumers;
        String realm = Json.text(config, "realm");
        String challenge = "Key realm=\"" + (realm == null ? "kong" : realm) + "\"";
        this.noKey = Rejection.challenged(401, "No API key found in request", challenge);
        this.invalid = Rejection.challenged(401, "Invalid authentication credentials", challenge);
    }

    @Override
    Rejection authenticate(Exchange exchange) {
        HttpHeaders headers = exchange.requestHeaders();
        String key = null;
        for (int i = 0; i < headerNames.length && key == null; i++) {
            String value = inHeader ? headers.get(headerNames[i]) : null;
            boolean fromQuery = false;
            if (value == null && inQuery) {
                value = QueryString.find(exchange.query(), keyNames.get(i));
                fromQuery = true;
            }
            if (value == QueryString.DUPLICATE) {
                return DUPLICATE;
            }
            if (value != null) {
                key = value;
                if (hideCredentials) {
                    headers.remove(headerNames[i]);
                    if (fromQuery) {
                        exchange.query(QueryString.remove(exchange.query(), keyNames.get(i)));
                    }
                }
            }
        }
        if (key == null || key.isEmpty()) {
            return noKey;
        }
        AuthenticatedConsumer consumer = consumers.byApiKey(key);
        if (consumer == null) {
            return invalid;
        }
        exchange.authenticate(consumer);
        return null;
    }
}
