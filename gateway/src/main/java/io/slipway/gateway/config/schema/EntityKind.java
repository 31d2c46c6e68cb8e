package io.slipway.gateway.config.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.config.AclGroup;
import io.slipway.gateway.config.BasicAuthCredential;
import io.slipway.gateway.config.Certificate;
import io.slipway.gateway.config.Consumer;
import io.slipway.gateway.config.ConsumerGroup;
import io.slipway.gateway.config.ConsumerGroupMember;
import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.JwtCredential;
import io.slipway.gateway.config.KeyAuthCredential;
import io.slipway.gateway.config.KongJson;
import io.slipway.gateway.config.Plugin;
import io.slipway.gateway.config.Route;
import io.slipway.gateway.config.Service;
import io.slipway.gateway.config.Sni;
import io.slipway.gateway.config.Target;
import io.slipway.gateway.config.Upstream;
import java.util.List;

/**
 * The entity kinds, in dependency order (a kind only refers to kinds before it), with what the store
 * and the Admin API need to know about each: Kong's table name, the schema, the fields that may
 * stand for the id in a URL ({@code /services/{name}}), the unique field sets and the references to parents.
 */
public enum EntityKind {
    SERVICE("services", Service.class, EntitySchemas.SERVICES, List.of("name"), List.of(List.of("name")), List.of()),
    UPSTREAM("upstreams", Upstream.class, EntitySchemas.UPSTREAMS, List.of("name"), List.of(List.of("name")), List.of()),
    CONSUMER("consumers", Consumer.class, EntitySchemas.CONSUMERS, List.of("username", "custom_id"),
            List.of(List.of("username"), List.of("custom_id")), List.of()),
    CONSUMER_GROUP("consumer_groups", ConsumerGroup.class, EntitySchemas.CONSUMER_GROUPS, List.of("name"),
            List.of(List.of("name")), List.of()),
    ROUTE("routes", Route.class, EntitySchemas.ROUTES, List.of("name"), List.of(List.of("name")), List.of("service")),
    TARGET("targets", Target.class, EntitySchemas.TARGETS, List.of("target"),
            List.of(List.of("upstream", "target")), List.of("upstream")),
    KEY_AUTH("keyauth_credentials", KeyAuthCredential.class, EntitySchemas.KEY_AUTH, List.of("key"),
            List.of(List.of("key")), List.of("consumer")),
    JWT("jwt_secrets", JwtCredential.class, EntitySchemas.JWT, List.of("key"), List.of(List.of("key")), List.of("consumer")),
    BASIC_AUTH("basicauth_credentials", BasicAuthCredential.class, EntitySchemas.BASIC_AUTH, List.of("username"),
            List.of(List.of("username")), List.of("consumer")),
    ACL("acls", AclGroup.class, EntitySchemas.ACLS, List.of("group"), List.of(List.of("consumer", "group")),
            List.of("consumer")),
    CONSUMER_GROUP_CONSUMER("consumer_group_consumers", ConsumerGroupMember.class, EntitySchemas.CONSUMER_GROUP_CONSUMERS,
            List.of(), List.of(List.of("consumer_group", "consumer")), List.of("consumer_group", "consumer")),
    PLUGIN("plugins", Plugin.class, EntitySchemas.PLUGINS, List.of("instance_name"),
            List.of(List.of("instance_name"), List.of("name", "service", "route", "consumer", "consumer_group")),
            List.of("service", "route", "consumer", "consumer_group")),
    CERTIFICATE("certificates", Certificate.class, EntitySchemas.CERTIFICATES, List.of(), List.of(), List.of()),
    SNI("snis", Sni.class, EntitySchemas.SNIS, List.of("name"), List.of(List.of("name")), List.of("certificate"));

    private final String table;
    private final Class<? extends Entity> type;
    private final EntitySchema schema;
    private final List<String> endpointKeys;
    private final List<List<String>> uniques;
    private final List<String> parents;

    EntityKind(String table, Class<? extends Entity> type, EntitySchema schema, List<String> endpointKeys,
               List<List<String>> uniques, List<String> parents) {
        this.table = table;
        this.type = type;
        this.schema = schema;
        this.endpointKeys = endpointKeys;
        this.uniques = uniques;
        this.parents = parents;
    }

    /** Kong's name of the kind, e.g. {@code services}, {@code keyauth_credentials}. */
    public String table() { return table; }

    public Class<? extends Entity> type() { return type; }

    public EntitySchema schema() { return schema; }

    /** Fields that identify an entity in a URL besides its id. */
    public List<String> endpointKeys() { return endpointKeys; }

    /** Sets of fields whose values no two entities of this kind may share (nulls never clash). */
    public List<List<String>> uniques() { return uniques; }

    /** Reference fields pointing at parents; every kind but routes' service cascades on delete. */
    public List<String> parents() { return parents; }

    public static EntityKind of(Entity entity) {
        for (EntityKind kind : values()) {
            if (kind.type.isInstance(entity)) return kind;
        }
        throw new IllegalArgumentException("unknown entity " + entity.getClass());
    }

    public static EntityKind of(Class<? extends Entity> type) {
        for (EntityKind kind : values()) {
            if (kind.type.equals(type)) return kind;
        }
        throw new IllegalArgumentException("unknown entity type " + type);
    }

    /** Checks input; returns its normal form (defaults filled) or throws {@link SchemaViolation}. */
    public ObjectNode validate(JsonNode input, boolean lenient) {
        return Validator.validate(schema, input, lenient);
    }

    /** The record of a normal-form entity (ids and timestamps set). */
    public Entity read(JsonNode normal) {
        return KongJson.fromJson(normal, type);
    }
}
