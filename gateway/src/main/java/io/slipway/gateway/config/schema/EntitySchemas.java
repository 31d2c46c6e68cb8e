package io.slipway.gateway.config.schema;

import static io.slipway.gateway.config.schema.Field.optional;
import static io.slipway.gateway.config.schema.Field.required;
import static io.slipway.gateway.config.schema.Field.withDefault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.config.Plugin;
import io.slipway.gateway.config.Route;
import java.util.ArrayList;
import java.util.List;

/** The schemas of Kong's entities (Kong 3.x field names, types, defaults and checks). */
final class EntitySchemas {

    private static final FieldType NAME = new FieldType.Text(Checks.NAME_CHECK);
    private static final FieldType TEXT = new FieldType.Text(FieldType.Check.NONE);
    private static final FieldType TIMEOUT = new FieldType.Int(1, 2147483646);
    private static final FieldType BOOL = new FieldType.Bool();

    private EntitySchemas() {}

    private static List<Field> common(Field... fields) {
        var all = new ArrayList<Field>();
        all.add(optional("id", new FieldType.Uuid()));
        all.addAll(List.of(fields));
        all.add(optional("tags", new FieldType.Array(new FieldType.Text(Checks.TAG))));
        all.add(optional("created_at", new FieldType.Num(0, Double.MAX_VALUE)));
        all.add(optional("updated_at", new FieldType.Num(0, Double.MAX_VALUE)));
        return all;
    }

    static final EntitySchema SERVICES = new EntitySchema("services", common(
            optional("name", NAME),
            withDefault("protocol", new FieldType.OneOf(List.of("http", "https")), "http"),
            required("host", new FieldType.Text(Checks.HOST)),
            withDefault("port", new FieldType.Int(0, 65535), 80),
            optional("path", new FieldType.Text(Checks.SERVICE_PATH)),
            withDefault("retries", new FieldType.Int(0, 32767), 5),
            withDefault("connect_timeout", TIMEOUT, 60000),
            withDefault("write_timeout", TIMEOUT, 60000),
            withDefault("read_timeout", TIMEOUT, 60000),
            withDefault("enabled", BOOL, true),
            optional("client_certificate", new FieldType.Ref()),
            optional("tls_verify", BOOL),
            optional("tls_verify_depth", new FieldType.Int(0, 64)),
            optional("ca_certificates", new FieldType.Array(new FieldType.Uuid()))),
            new ServiceUrl(), List.of());

    static final EntitySchema ROUTES = new EntitySchema("routes", common(
            optional("name", NAME),
            withDefault("protocols", new FieldType.Array(new FieldType.OneOf(List.of("http", "https"))), Route.DEFAULT_PROTOCOLS),
            optional("methods", new FieldType.Array(new FieldType.Text(Checks.METHOD_CHECK))),
            optional("hosts", new FieldType.Array(new FieldType.Text(Checks.ROUTE_HOST))),
            optional("paths", new FieldType.Array(new FieldType.Text(Checks.ROUTE_PATH))),
            optional("headers", new FieldType.Headers()),
            optional("snis", new FieldType.Array(new FieldType.Text(Checks.HOST))),
            withDefault("strip_path", BOOL, true),
            withDefault("preserve_host", BOOL, false),
            withDefault("regex_priority", new FieldType.Int(Integer.MIN_VALUE, Integer.MAX_VALUE), 0),
            withDefault("path_handling", new FieldType.OneOf(List.of("v0", "v1")), "v0"),
            withDefault("https_redirect_status_code", new FieldType.Int(301, 426), 426),
            withDefault("request_buffering", BOOL, true),
            withDefault("response_buffering", BOOL, true),
            optional("service", new FieldType.Ref())),
            EntitySchema.Preparation.NONE, List.of(EntitySchemas::routeMatchesSomething, EntitySchemas::redirectCode,
                    EntitySchemas::snisNeedTls));

    static final EntitySchema UPSTREAMS = new EntitySchema("upstreams", common(
            required("name", new FieldType.Text(value -> Checks.isHost(value) ? null
                    : "Invalid name ('" + value + "'); must be a valid hostname")),
            withDefault("algorithm", new FieldType.OneOf(List.of("consistent-hashing", "least-connections",
                    "round-robin", "latency")), "round-robin"),
            withDefault("hash_on", hashOn(), "none"),
            withDefault("hash_fallback", hashOn(), "none"),
            optional("hash_on_header", TEXT),
            optional("hash_fallback_header", TEXT),
            optional("hash_on_cookie", TEXT),
            withDefault("hash_on_cookie_path", new FieldType.Text(Checks.SERVICE_PATH), "/"),
            optional("hash_on_query_arg", TEXT),
            optional("hash_fallback_query_arg", TEXT),
            optional("hash_on_uri_capture", TEXT),
            optional("hash_fallback_uri_capture", TEXT),
            withDefault("slots", new FieldType.Int(10, 65536), 10000),
            HealthcheckFields.healthchecks(),
            optional("host_header", new FieldType.Text(Checks.HOST)),
            optional("client_certificate", new FieldType.Ref()),
            withDefault("use_srv_name", BOOL, false),
            optional("consul_service", NAME)),
            EntitySchema.Preparation.NONE, List.of(EntitySchemas::hashFields));

    static final EntitySchema TARGETS = new EntitySchema("targets", common(
            required("target", TEXT),
            withDefault("weight", new FieldType.Int(0, 65535), 100),
            required("upstream", new FieldType.Ref())),
            new TargetAddress(), List.of());

    static final EntitySchema CONSUMERS = new EntitySchema("consumers", common(
            optional("username", TEXT),
            optional("custom_id", TEXT)),
            EntitySchema.Preparation.NONE, List.of((entity, errors) -> {
                if (entity.get("username").isNull() && entity.get("custom_id").isNull()) {
                    errors.putArray("@entity").add("at least one of these fields must be non-empty: 'custom_id', 'username'");
                }
            }));

    static final EntitySchema KEY_AUTH = new EntitySchema("keyauth_credentials", common(
            required("consumer", new FieldType.Ref()),
            required("key", TEXT),
            optional("ttl", new FieldType.Int(0, 100_000_000))),
            Secrets.generate("key"), List.of());

    static final EntitySchema JWT = new EntitySchema("jwt_secrets", common(
            required("consumer", new FieldType.Ref()),
            required("key", TEXT),
            required("secret", TEXT),
            withDefault("algorithm", new FieldType.OneOf(List.of("HS256", "HS384", "HS512", "RS256", "RS384",
                    "RS512", "ES256", "ES384", "ES512", "PS256", "PS384", "PS512", "EdDSA")), "HS256"),
            optional("rsa_public_key", TEXT)),
            Secrets.generate("key", "secret"), List.of(RsaKeys::check));

    static final EntitySchema BASIC_AUTH = new EntitySchema("basicauth_credentials", common(
            required("consumer", new FieldType.Ref()),
            required("username", TEXT),
            required("password", TEXT)),
            Secrets::hashPassword, List.of());

    static final EntitySchema ACLS = new EntitySchema("acls", common(
            required("consumer", new FieldType.Ref()),
            required("group", TEXT)),
            EntitySchema.Preparation.NONE, List.of());

    static final EntitySchema PLUGINS = new EntitySchema("plugins", common(
            required("name", TEXT),
            optional("instance_name", NAME),
            withDefault("config", new FieldType.AnyObject(), com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()),
            withDefault("enabled", BOOL, true),
            optional("service", new FieldType.Ref()),
            optional("route", new FieldType.Ref()),
            optional("consumer", new FieldType.Ref()),
            optional("consumer_group", new FieldType.Ref()),
            withDefault("protocols", new FieldType.Array(new FieldType.OneOf(List.of("grpc", "grpcs", "http", "https",
                    "tcp", "tls", "tls_passthrough", "udp", "ws", "wss"))), Plugin.DEFAULT_PROTOCOLS)),
            EntitySchema.Preparation.NONE, List.of());

    static final EntitySchema CONSUMER_GROUPS = new EntitySchema("consumer_groups", common(
            required("name", NAME)),
            EntitySchema.Preparation.NONE, List.of());

    static final EntitySchema CONSUMER_GROUP_CONSUMERS = new EntitySchema("consumer_group_consumers", common(
            required("consumer_group", new FieldType.Ref()),
            required("consumer", new FieldType.Ref())),
            EntitySchema.Preparation.NONE, List.of());

    static final EntitySchema CERTIFICATES = new EntitySchema("certificates", common(
            required("cert", new FieldType.Text(CertificatePem.CERT)),
            required("key", new FieldType.Text(CertificatePem.KEY)),
            optional("cert_alt", new FieldType.Text(CertificatePem.CERT)),
            optional("key_alt", new FieldType.Text(CertificatePem.KEY))),
            EntitySchema.Preparation.NONE, List.of(CertificatePem::keysMatch));

    static final EntitySchema SNIS = new EntitySchema("snis", common(
            required("name", new FieldType.Text(EntitySchemas::sniName)),
            required("certificate", new FieldType.Ref())),
            EntitySchema.Preparation.NONE, List.of());

    /** Kong's SNI names: a host name without a port, with at most one wildcard at either end. */
    private static String sniName(String value) {
        if (value.contains(":") && !value.startsWith("[")) {
            return "must not have a port";
        }
        return Checks.ROUTE_HOST.problem(value);
    }

    private static FieldType hashOn() {
        return new FieldType.OneOf(List.of("none", "consumer", "ip", "header", "cookie", "path", "query_arg", "uri_capture"));
    }

    private static boolean empty(JsonNode node) {
        return node == null || node.isNull() || node.isEmpty();
    }

    private static void routeMatchesSomething(ObjectNode route, ObjectNode errors) {
        boolean https = false;
        for (JsonNode protocol : route.get("protocols")) {
            https |= protocol.asText().equals("https");
        }
        boolean some = !empty(route.get("methods")) || !empty(route.get("hosts")) || !empty(route.get("paths"))
                || !empty(route.get("headers")) || (https && !empty(route.get("snis")));
        if (!some) {
            errors.putArray("@entity").add(https
                    ? "must set one of 'methods', 'hosts', 'headers', 'paths', 'snis' when 'protocols' is 'https'"
                    : "must set one of 'methods', 'hosts', 'headers', 'paths' when 'protocols' is 'http'");
        }
    }

    /** Kong matches SNIs only on TLS traffic: a route naming SNIs must take HTTPS. */
    private static void snisNeedTls(ObjectNode route, ObjectNode errors) {
        boolean https = false;
        for (JsonNode protocol : route.get("protocols")) {
            https |= protocol.asText().equals("https");
        }
        if (!https && !empty(route.get("snis"))) {
            errors.put("snis", "'snis' can only be set when 'protocols' is 'https'");
        }
    }

    private static void redirectCode(ObjectNode route, ObjectNode errors) {
        int code = route.get("https_redirect_status_code").asInt();
        if (!List.of(426, 301, 302, 307, 308).contains(code)) {
            errors.put("https_redirect_status_code", "expected one of: 426, 301, 302, 307, 308");
        }
    }

    private static void hashFields(ObjectNode upstream, ObjectNode errors) {
        requireFor(upstream, errors, "hash_on", "header", "hash_on_header");
        requireFor(upstream, errors, "hash_on", "cookie", "hash_on_cookie");
        requireFor(upstream, errors, "hash_on", "query_arg", "hash_on_query_arg");
        requireFor(upstream, errors, "hash_on", "uri_capture", "hash_on_uri_capture");
        requireFor(upstream, errors, "hash_fallback", "header", "hash_fallback_header");
        requireFor(upstream, errors, "hash_fallback", "query_arg", "hash_fallback_query_arg");
        requireFor(upstream, errors, "hash_fallback", "uri_capture", "hash_fallback_uri_capture");
        if (upstream.get("hash_on").asText().equals("none") && !upstream.get("hash_fallback").asText().equals("none")) {
            errors.put("hash_fallback", "expected one of: none");
        }
    }

    private static void requireFor(ObjectNode entity, ObjectNode errors, String field, String value, String needed) {
        if (entity.get(field).asText().equals(value) && entity.get(needed).isNull()) {
            errors.put(needed, "required field missing");
        }
    }
}
