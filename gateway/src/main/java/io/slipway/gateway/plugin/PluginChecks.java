package io.slipway.gateway.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.plugin.schema.ConfigCheck;
import io.slipway.gateway.plugin.schema.Violations;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The checks across fields of the bundled plugins' schemas, with Kong's messages where Kong has
 * them, and the checks of values that need a parser (CIDRs, origin regexes, {@code name:value}).
 */
final class PluginChecks {

    private PluginChecks() {}

    static ConfigCheck atLeastOneOf(String... fields) {
        return (config, errors) -> {
            if (Arrays.stream(fields).noneMatch(f -> nonEmpty(config.path(f)))) {
                errors.add("@entity", "at least one of these fields must be non-empty: " + quoted(fields));
            }
        };
    }

    static ConfigCheck exactlyOneOf(String... fields) {
        ConfigCheck atLeastOne = atLeastOneOf(fields);
        return (config, errors) -> {
            atLeastOne.check(config, errors);
            if (Arrays.stream(fields).filter(f -> nonEmpty(config.path(f))).count() > 1) {
                errors.add("@entity", "only one of these fields can be non-empty: " + quoted(fields));
            }
        };
    }

    static void keyInBodyUnsupported(ObjectNode config, Violations errors) {
        if (config.path("key_in_body").asBoolean(false)) {
            errors.add("config.key_in_body",
                    "not supported: request bodies stream to the upstream unread; send the key in a header or the query");
        }
    }

    static void maximumExpirationNeedsExp(ObjectNode config, Violations errors) {
        if (config.path("maximum_expiration").asDouble(0) > 0) {
            boolean hasExp = false;
            for (JsonNode claim : config.path("claims_to_verify")) {
                hasExp |= claim.asText().equals("exp");
            }
            if (!hasExp) {
                errors.add("config.claims_to_verify", "expected to contain: exp");
            }
        }
    }

    static void rateLimits(ObjectNode config, Violations errors) {
        String[] paths = PluginSchemas.PERIODS.stream().map(p -> "config." + p).toArray(String[]::new);
        if (PluginSchemas.PERIODS.stream().noneMatch(p -> config.path(p).isNumber())) {
            errors.add("@entity", "at least one of these fields must be non-empty: " + quoted(paths));
            return;
        }
        String previous = null;
        for (String period : PluginSchemas.PERIODS) {
            if (!config.path(period).isNumber()) {
                continue;
            }
            if (previous != null && config.path(period).asDouble() < config.path(previous).asDouble()) {
                errors.add("config", String.format("The limit for %s(%.1f) cannot be lower than the limit for %s(%.1f)",
                        period, config.path(period).asDouble(), previous, config.path(previous).asDouble()));
                return;
            }
            previous = period;
        }
    }

    static void limitByFields(ObjectNode config, Violations errors) {
        String limitBy = config.path("limit_by").asText();
        if (limitBy.equals("header") && config.path("header_name").isNull()) {
            errors.add("config.header_name", "required field missing");
        }
        if (limitBy.equals("path") && config.path("path").isNull()) {
            errors.add("config.path", "required field missing");
        }
        if (limitBy.equals("consumer-group")) {
            errors.add("config.limit_by", "consumer groups are not supported; use consumer, credential, ip, service, header or path");
        }
    }

    static void localPolicyOnly(ObjectNode config, Violations errors) {
        if (config.path("policy").asText().equals("redis")) {
            errors.add("config.policy", "policy 'redis' is not supported yet (issue #9); use 'local' "
                    + "('cluster' is accepted and counts per node)");
        }
    }

    static void requestBodyUnsupported(ObjectNode config, Violations errors) {
        for (String section : new String[] {"remove", "rename", "replace", "add", "append"}) {
            if (nonEmpty(config.path(section).path("body"))) {
                errors.add("config." + section + ".body",
                        "body transformations are not supported yet: request bodies stream to the upstream unread");
            }
        }
    }

    static String ipOrCidr(String entry) {
        return io.slipway.gateway.plugin.access.IpRestrictionFilter.entryProblem(entry);
    }

    static String origin(String origin) {
        return io.slipway.gateway.plugin.cors.CorsFilter.originProblem(origin);
    }

    static String nameValue(String entry) {
        int colon = entry.indexOf(':');
        return colon <= 0 ? "invalid value: " + entry : null;
    }

    private static boolean nonEmpty(JsonNode node) {
        return node.isArray() ? node.size() > 0 : !node.isNull() && !node.isMissingNode();
    }

    private static String quoted(String... fields) {
        return Arrays.stream(fields).map(f -> "'" + (f.startsWith("config.") ? f : "config." + f) + "'")
                .collect(Collectors.joining(", "));
    }
}
