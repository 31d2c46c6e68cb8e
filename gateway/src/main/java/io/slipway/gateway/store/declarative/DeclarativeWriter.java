package io.slipway.gateway.store.declarative;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.GatewayConfig;
import io.slipway.gateway.config.KongJson;
import io.slipway.gateway.config.Plugin;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes a configuration as Kong's declarative format 3.0, nested the way decK dumps it: services
 * with their routes and plugins, upstreams with targets, consumers with credentials, ACL groups and
 * their own plugins; plugins with several scopes or none at the top level. Ids are kept, timestamps
 * and null fields left out. {@link DeclarativeReader} reads the result back to the same configuration.
 */
public final class DeclarativeWriter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private DeclarativeWriter() {}

    public static ObjectNode toJson(GatewayConfig config) {
        var root = JSON.objectNode();
        root.put("_format_version", "3.0");
        var services = root.putArray("services");
        for (var service : config.services()) {
            var json = clean(service, null);
            var routes = JSON.arrayNode();
            for (var route : config.routesOf(service.id())) {
                var routeJson = clean(route, "service");
                putIfAny(routeJson, "plugins", plugins(config, p -> only(p, null, route.id(), null), "route"));
                routes.add(routeJson);
            }
            putIfAny(json, "routes", routes);
            putIfAny(json, "plugins", plugins(config, p -> only(p, service.id(), null, null), "service"));
            services.add(json);
        }
        var looseRoutes = JSON.arrayNode();
        for (var route : config.routes()) {
            if (route.service() == null) {
                var routeJson = clean(route, "service");
                putIfAny(routeJson, "plugins", plugins(config, p -> only(p, null, route.id(), null), "route"));
                looseRoutes.add(routeJson);
            }
        }
        putIfAny(root, "routes", looseRoutes);
        var upstreams = root.putArray("upstreams");
        for (var upstream : config.upstreams()) {
            var json = clean(upstream, null);
            var targets = JSON.arrayNode();
            config.targetsOf(upstream.id()).forEach(t -> targets.add(clean(t, "upstream")));
            putIfAny(json, "targets", targets);
            upstreams.add(json);
        }
        var consumers = root.putArray("consumers");
        for (var consumer : config.consumers()) {
            var json = clean(consumer, null);
            putIfAny(json, "keyauth_credentials", owned(config.keyAuthCredentials(), consumer.id()));
            putIfAny(json, "jwt_secrets", owned(config.jwtCredentials(), consumer.id()));
            putIfAny(json, "basicauth_credentials", owned(config.basicAuthCredentials(), consumer.id()));
            putIfAny(json, "acls", owned(config.aclGroups(), consumer.id()));
            putIfAny(json, "plugins", plugins(config, p -> only(p, null, null, consumer.id()), "consumer"));
            var groups = JSON.arrayNode();
            config.consumerGroupMembers().stream().filter(m -> m.consumerId().equals(consumer.id()))
                    .forEach(m -> config.find(m.consumerGroupId(), io.slipway.gateway.config.ConsumerGroup.class)
                            .ifPresent(g -> groups.addObject().put("name", g.name())));
            putIfAny(json, "groups", groups);
            consumers.add(json);
        }
        var consumerGroups = JSON.arrayNode();
        for (var group : config.consumerGroups()) {
            var json = clean(group, null);
            putIfAny(json, "plugins", plugins(config, p -> scopes(p) == 1 && group.id().equals(p.consumerGroupId()),
                    "consumer_group"));
            consumerGroups.add(json);
        }
        putIfAny(root, "consumer_groups", consumerGroups);
        var certificates = JSON.arrayNode();
        for (var certificate : config.certificates()) {
            var json = clean(certificate, null);
            json.remove(List.of("key", "key_alt"));   // private keys are write-only: never exported
            var snis = JSON.arrayNode();
            config.snis().stream().filter(sni -> sni.certificateId().equals(certificate.id()))
                    .forEach(sni -> snis.add(clean(sni, "certificate")));
            putIfAny(json, "snis", snis);
            certificates.add(json);
        }
        putIfAny(root, "certificates", certificates);
        var plugins = root.putArray("plugins");
        for (var plugin : config.plugins()) {
            if (scopes(plugin) != 1) {
                var json = clean(plugin, null);
                for (String field : List.of("service", "route", "consumer", "consumer_group")) {
                    if (json.has(field)) json.put(field, json.get(field).get("id").asText());
                }
                plugins.add(json);
            }
        }
        return root;
    }

    public static String toYaml(GatewayConfig config) {
        try {
            return YAML.writeValueAsString(toJson(config));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArrayNode owned(List<? extends Entity> credentials, UUID consumerId) {
        var out = JSON.arrayNode();
        for (var credential : credentials) {
            var json = KongJson.toJson(credential);
            if (consumerId.toString().equals(json.path("consumer").path("id").asText())) {
                out.add(clean(credential, "consumer"));
            }
        }
        return out;
    }

    private static ArrayNode plugins(GatewayConfig config, java.util.function.Predicate<Plugin> which, String scope) {
        var out = JSON.arrayNode();
        config.plugins().stream().filter(which).forEach(p -> out.add(clean(p, scope)));
        return out;
    }

    private static boolean only(Plugin plugin, UUID service, UUID route, UUID consumer) {
        return scopes(plugin) == 1 && plugin.consumerGroup() == null && java.util.Objects.equals(plugin.serviceId(), service)
                && java.util.Objects.equals(plugin.routeId(), route) && java.util.Objects.equals(plugin.consumerId(), consumer);
    }

    private static int scopes(Plugin plugin) {
        return (plugin.service() == null ? 0 : 1) + (plugin.route() == null ? 0 : 1) + (plugin.consumer() == null ? 0 : 1)
                + (plugin.consumerGroup() == null ? 0 : 1);
    }

    private static void putIfAny(ObjectNode json, String field, ArrayNode items) {
        if (!items.isEmpty()) json.set(field, items);
    }

    /** The entity without timestamps, nulls and the reference to the parent it is nested in. */
    private static ObjectNode clean(Entity entity, String parentField) {
        var json = KongJson.toJson(entity);
        json.remove(List.of("created_at", "updated_at"));
        if (parentField != null) json.remove(parentField);
        dropNulls(json);
        return json;
    }

    private static void dropNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            var names = new ArrayList<String>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (object.get(name).isNull()) object.remove(name);
                else if (!name.equals("config")) dropNulls(object.get(name));
            }
        }
    }
}
