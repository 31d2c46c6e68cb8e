package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.config.schema.SchemaViolation;
import java.util.List;
import java.util.Optional;

/**
 * What the Admin API needs to know about plugins: which exist, their schemas, and how to check a
 * configuration. The plugin registry provides it; {@link #ACCEPT_ANY} stands in when none is wired.
 */
public interface PluginCatalog {

    /** Names of the plugins this node can run, sorted. */
    List<String> available();

    /** The plugin's schema as JSON (Kong's {@code /schemas/plugins/{name}} shape), if the plugin exists. */
    Optional<JsonNode> schema(String name);

    /**
     * Checks a plugin's {@code config} and returns it with defaults filled in; throws a
     * {@link SchemaViolation} whose fields are relative to {@code config}
     * ({@code {"minute": "expected a number"}}) when it is invalid.
     */
    ObjectNode validate(String name, ObjectNode config, boolean form);

    /**
     * Throws a {@link SchemaViolation} relative to the plugin entity ({@code {"consumer": "value must be null"}})
     * when the plugin may not be scoped to a consumer and is.
     */
    default void checkScope(String name, boolean consumerScoped) {}

    /** Accepts the plugins of issue #5 with any configuration, as it is given. */
    PluginCatalog ACCEPT_ANY = new PluginCatalog() {
        private final List<String> names = List.of("acl", "basic-auth", "cors", "ip-restriction", "jwt", "key-auth",
                "prometheus", "rate-limiting", "request-transformer", "response-transformer");

        @Override
        public List<String> available() {
            return names;
        }

        @Override
        public Optional<JsonNode> schema(String name) {
            return names.contains(name) ? Optional.of(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                    .objectNode().putArray("fields")) : Optional.empty();
        }

        @Override
        public ObjectNode validate(String name, ObjectNode config, boolean form) {
            return config;
        }
    };
}
