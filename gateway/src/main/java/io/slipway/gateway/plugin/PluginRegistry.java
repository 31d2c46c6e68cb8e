package io.slipway.gateway.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.plugin.access.AclFilter;
import io.slipway.gateway.plugin.access.IpRestrictionFilter;
import io.slipway.gateway.plugin.auth.BasicAuthFilter;
import io.slipway.gateway.plugin.auth.JwtFilter;
import io.slipway.gateway.plugin.auth.KeyAuthFilter;
import io.slipway.gateway.plugin.cors.CorsFilter;
import io.slipway.gateway.plugin.ratelimit.RateLimitingFilter;
import io.slipway.gateway.plugin.schema.Json;
import io.slipway.gateway.plugin.schema.PluginConfigException;
import io.slipway.gateway.plugin.transform.RequestTransformerFilter;
import io.slipway.gateway.plugin.transform.ResponseTransformerFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plugins this gateway knows, with Kong's priorities and schemas. The Admin API calls
 * {@link #validate} before it stores a plugin (and {@link #checkScope} for its scope), turns a
 * {@link PluginConfigException} into Kong's 400 schema-violation body, and serves
 * {@link #schema} at {@code /plugins/schema/{name}}. Stateless and thread-safe.
 * <p>
 * Priorities (higher runs first), as in Kong 3: cors 2000, jwt 1450, key-auth 1250, basic-auth 1100,
 * ip-restriction 990, acl 950, rate-limiting 910, request-transformer 801, response-transformer
 * 800, prometheus 13.
 */
public final class PluginRegistry {

    private static final Map<String, PluginType> TYPES = types();

    private PluginRegistry() {}

    /** The known plugin names, highest priority first. */
    public static Set<String> names() {
        return TYPES.keySet();
    }

    public static boolean isKnown(String name) {
        return TYPES.containsKey(name);
    }

    /** Kong's priority of a known plugin; higher runs earlier. */
    public static int priority(String name) {
        return type(name).priority();
    }

    /**
     * The complete configuration of plugin {@code name}: {@code config} (null for none; form values
     * may be strings) checked against the plugin's schema, with Kong's defaults filled in.
     *
     * @throws PluginConfigException naming each bad field ({@code config.minute}), or {@code name}
     *     for an unknown plugin
     */
    public static ObjectNode validate(String name, JsonNode config) {
        return validate(name, config, false);
    }

    /**
     * {@link #validate(String, JsonNode)} for a configuration from form fields ({@code form} true),
     * where Kong also takes a list as one comma-separated value ({@code config.remove.headers=a,b}).
     */
    public static ObjectNode validate(String name, JsonNode config, boolean form) {
        return type(name).schema().validate(config, form);
    }

    /** {@link #validate(String, JsonNode)} for a configuration given as maps and lists. */
    public static ObjectNode validate(String name, Map<String, ?> config) {
        JsonNode tree = config == null ? null : Json.MAPPER.valueToTree(config);
        return validate(name, tree);
    }

    /**
     * Refuses a consumer scope for plugins Kong refuses it for (authentication, acl, cors,
     * prometheus): Kong's {@code {"consumer": "value must be null"}}.
     */
    public static void checkScope(String name, boolean consumerScoped) {
        if (consumerScoped && !type(name).consumerScopable()) {
            throw PluginConfigException.of("consumer", "value must be null");
        }
    }

    /** The schema of a known plugin in the shape of Kong's {@code GET /plugins/schema/{name}}. */
    public static Optional<ObjectNode> schema(String name) {
        PluginType type = TYPES.get(name);
        return type == null ? Optional.empty() : Optional.of(type.schema().describe());
    }

    static PluginType type(String name) {
        PluginType type = name == null ? null : TYPES.get(name);
        if (type == null) {
            throw PluginConfigException.of("name",
                    "plugin '" + name + "' not enabled; add it to the 'plugins' configuration property");
        }
        return type;
    }

    private static Map<String, PluginType> types() {
        List<PluginType> all = List.of(
                new PluginType("cors", 2000, PluginSchemas.cors(), false, (i, c) -> new CorsFilter(i.config())),
                new PluginType("jwt", 1450, PluginSchemas.jwt(), false,
                        (i, c) -> new JwtFilter(i.config(), c.consumers())),
                new PluginType("key-auth", 1250, PluginSchemas.keyAuth(), false,
                        (i, c) -> new KeyAuthFilter(i.config(), c.consumers())),
                new PluginType("basic-auth", 1100, PluginSchemas.basicAuth(), false,
                        (i, c) -> new BasicAuthFilter(i.config(), c.consumers())),
                new PluginType("ip-restriction", 990, PluginSchemas.ipRestriction(), true,
                        (i, c) -> new IpRestrictionFilter(i.config())),
                new PluginType("acl", 950, PluginSchemas.acl(), false, (i, c) -> new AclFilter(i.config())),
                new PluginType("rate-limiting", 910, PluginSchemas.rateLimiting(), true,
                        (i, c) -> new RateLimitingFilter(i.id(), i.config(), c.rateLimits())),
                new PluginType("request-transformer", 801, PluginSchemas.requestTransformer(), true,
                        (i, c) -> new RequestTransformerFilter(i.config())),
                new PluginType("response-transformer", 800, PluginSchemas.responseTransformer(), true,
                        (i, c) -> new ResponseTransformerFilter(i.config())),
                new PluginType("prometheus", 13, PluginSchemas.prometheus(), false, (i, c) -> null));
        Map<String, PluginType> byName = new LinkedHashMap<>();
        all.forEach(t -> byName.put(t.name(), t));
        return java.util.Collections.unmodifiableMap(byName);
    }
}
