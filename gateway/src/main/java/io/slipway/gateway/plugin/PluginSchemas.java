package io.slipway.gateway.plugin;

import static io.slipway.gateway.plugin.schema.Field.any;
import static io.slipway.gateway.plugin.schema.Field.bool;
import static io.slipway.gateway.plugin.schema.Field.integer;
import static io.slipway.gateway.plugin.schema.Field.number;
import static io.slipway.gateway.plugin.schema.Field.record;
import static io.slipway.gateway.plugin.schema.Field.string;
import static io.slipway.gateway.plugin.schema.Field.strings;

import io.slipway.gateway.plugin.schema.Field;
import io.slipway.gateway.plugin.schema.PluginSchema;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The configuration schemas of the bundled plugins: Kong 3's field names, types and defaults, and
 * the checks across fields (in {@link PluginChecks}). Fields this node accepts but does not act on
 * (Redis settings) are listed so that configurations exported from Kong load unchanged.
 */
final class PluginSchemas {

    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern METHOD = Pattern.compile("[A-Z]+");
    static final List<String> PERIODS = List.of("second", "minute", "hour", "day", "month", "year");
    private static final List<String> DEFAULT_METHODS =
            List.of("GET", "HEAD", "PUT", "PATCH", "POST", "DELETE", "OPTIONS", "TRACE", "CONNECT");

    private PluginSchemas() {}

    static PluginSchema keyAuth() {
        return new PluginSchema(List.of(
                strings("key_names").withDefault(List.of("apikey")).check(PluginSchemas::headerName),
                bool("hide_credentials", false),
                string("anonymous"),
                bool("key_in_header", true),
                bool("key_in_query", true),
                bool("key_in_body", false),
                bool("run_on_preflight", true),
                string("realm")),
                List.of(PluginChecks::keyInBodyUnsupported));
    }

    static PluginSchema jwt() {
        return new PluginSchema(List.of(
                strings("uri_param_names").withDefault(List.of("jwt")),
                strings("cookie_names").withDefault(List.of()),
                string("key_claim_name").withDefault("iss"),
                bool("secret_is_base64", false),
                strings("claims_to_verify").oneOf("exp", "nbf"),
                string("anonymous"),
                bool("run_on_preflight", true),
                number("maximum_expiration").withDefault(0).between(0, 31_536_000),
                strings("header_names").withDefault(List.of("authorization")),
                string("realm")),
                List.of(PluginChecks::maximumExpirationNeedsExp));
    }

    static PluginSchema basicAuth() {
        return new PluginSchema(List.of(
                string("anonymous"),
                bool("hide_credentials", false),
                string("realm").withDefault("service")),
                List.of());
    }

    static PluginSchema acl() {
        return new PluginSchema(List.of(
                strings("allow"),
                strings("deny"),
                bool("hide_groups_header", false),
                bool("include_consumer_groups", false),
                bool("always_use_authenticated_groups", false)),
                List.of(PluginChecks.exactlyOneOf("allow", "deny")));
    }

    static PluginSchema ipRestriction() {
        return new PluginSchema(List.of(
                strings("allow").check(PluginChecks::ipOrCidr),
                strings("deny").check(PluginChecks::ipOrCidr),
                integer("status").between(100, 599),
                string("message")),
                List.of(PluginChecks.atLeastOneOf("allow", "deny")));
    }

    static PluginSchema rateLimiting() {
        return new PluginSchema(List.of(
                number("second").greaterThan(0),
                number("minute").greaterThan(0),
                number("hour").greaterThan(0),
                number("day").greaterThan(0),
                number("month").greaterThan(0),
                number("year").greaterThan(0),
                string("limit_by").withDefault("consumer")
                        .oneOf("consumer", "credential", "ip", "service", "header", "path", "consumer-group"),
                string("header_name"),
                string("path"),
                string("policy").withDefault("local").oneOf("local", "cluster", "redis"),
                bool("fault_tolerant", true),
                bool("hide_client_headers", false),
                integer("error_code").withDefault(429).between(0, 999),
                string("error_message").withDefault("API rate limit exceeded"),
                number("sync_rate").withDefault(-1),
                any("redis"), any("redis_host"), any("redis_port"), any("redis_password"), any("redis_username"),
                any("redis_ssl"), any("redis_ssl_verify"), any("redis_server_name"), any("redis_timeout"),
                any("redis_database")),
                List.of(PluginChecks::rateLimits, PluginChecks::limitByFields, PluginChecks::localPolicyOnly));
    }

    static PluginSchema cors() {
        return new PluginSchema(List.of(
                strings("origins").check(PluginChecks::origin),
                strings("headers").check(PluginSchemas::headerName),
                strings("exposed_headers").check(PluginSchemas::headerName),
                strings("methods").withDefault(DEFAULT_METHODS).oneOf(DEFAULT_METHODS.toArray(String[]::new)),
                number("max_age"),
                bool("credentials", false),
                bool("private_network", false),
                bool("preflight_continue", false),
                bool("allow_origin_absent", true)),
                List.of());
    }

    static PluginSchema requestTransformer() {
        return new PluginSchema(List.of(
                string("http_method").check(PluginSchemas::method),
                record("remove", names("body"), names("headers"), names("querystring")),
                record("rename", pairs("body"), pairs("headers"), pairs("querystring")),
                record("replace", pairs("body"), pairs("headers"), pairs("querystring"), string("uri")),
                record("add", pairs("body"), pairs("headers"), pairs("querystring")),
                record("append", pairs("body"), pairs("headers"), pairs("querystring"))),
                List.of(PluginChecks::requestBodyUnsupported));
    }

    static PluginSchema responseTransformer() {
        Field types = strings("json_types").withDefault(List.of()).oneOf("boolean", "number", "string");
        return new PluginSchema(List.of(
                record("remove", names("json"), names("headers")),
                record("rename", pairs("json"), pairs("headers")),
                record("replace", pairs("json"), types, pairs("headers")),
                record("add", pairs("json"), types, pairs("headers")),
                record("append", pairs("json"), types, pairs("headers"))),
                List.of());
    }

    static PluginSchema prometheus() {
        return new PluginSchema(List.of(
                bool("per_consumer", false),
                bool("status_code_metrics", false),
                bool("latency_metrics", false),
                bool("bandwidth_metrics", false),
                bool("upstream_health_metrics", false),
                bool("ai_metrics", false)),
                List.of());
    }

    private static Field names(String name) {
        return strings(name).withDefault(List.of());
    }

    private static Field pairs(String name) {
        return strings(name).withDefault(List.of()).check(PluginChecks::nameValue);
    }

    private static String headerName(String name) {
        return HEADER_NAME.matcher(name).matches() ? null
                : "bad header name '" + name + "', allowed characters are A-Z, a-z, 0-9, '_', and '-'";
    }

    private static String method(String method) {
        return METHOD.matcher(method).matches() ? null : "invalid method '" + method + "'";
    }
}
