package io.slipway.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.plugin.schema.Json;
import io.slipway.gateway.plugin.schema.PluginConfigException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginRegistryTest {

    @Test
    void knowsTheBundledPluginsInKongsPriorityOrder() {
        assertThat(PluginRegistry.names()).containsExactly("cors", "jwt", "key-auth", "basic-auth", "ip-restriction",
                "acl", "rate-limiting", "request-transformer", "response-transformer", "prometheus");
        assertThat(PluginRegistry.priority("key-auth")).isEqualTo(1250);
        assertThat(PluginRegistry.priority("rate-limiting")).isEqualTo(910);
    }

    @Test
    void emptyKeyAuthConfigGetsKongsDefaults() {
        ObjectNode config = PluginRegistry.validate("key-auth", (ObjectNode) null);
        assertThat(config.path("key_names").get(0).asText()).isEqualTo("apikey");
        assertThat(config.path("key_in_header").asBoolean()).isTrue();
        assertThat(config.path("hide_credentials").asBoolean()).isFalse();
        assertThat(config.has("anonymous")).isTrue();
        assertThat(config.path("anonymous").isNull()).isTrue();
    }

    @Test
    void formValuesGivenAsStringsAreCoerced() {
        ObjectNode config = PluginRegistry.validate("rate-limiting", Map.of("minute", "5", "hide_client_headers", "true"));
        assertThat(config.path("minute").asDouble()).isEqualTo(5.0);
        assertThat(config.path("hide_client_headers").asBoolean()).isTrue();
        assertThat(config.path("policy").asText()).isEqualTo("local");
        assertThat(config.path("limit_by").asText()).isEqualTo("consumer");
    }

    @Test
    void wrongTypeIsReportedWithItsPathAndKongsMessage() {
        assertThatThrownBy(() -> PluginRegistry.validate("rate-limiting", Map.of("minute", "lots")))
                .isInstanceOfSatisfying(PluginConfigException.class, e -> {
                    assertThat(e.fieldErrors()).containsEntry("config.minute", "expected a number");
                    assertThat(e.getMessage()).isEqualTo("schema violation (config.minute: expected a number)");
                    assertThat(e.fields()).isEqualTo(Map.of("config", Map.of("minute", "expected a number")));
                });
    }

    @Test
    void rateLimitingWithoutAnyLimitIsRefused() {
        assertThatThrownBy(() -> PluginRegistry.validate("rate-limiting", Map.of()))
                .isInstanceOfSatisfying(PluginConfigException.class, e -> assertThat(e.fieldErrors().get("@entity"))
                        .startsWith("at least one of these fields must be non-empty: 'config.second', 'config.minute'"));
    }

    @Test
    void rateLimitingRefusesAnHourLimitBelowTheMinuteLimit() {
        assertThatThrownBy(() -> PluginRegistry.validate("rate-limiting", Map.of("minute", 20, "hour", 10)))
                .isInstanceOfSatisfying(PluginConfigException.class, e -> assertThat(e.fieldErrors().get("config"))
                        .isEqualTo("The limit for hour(10.0) cannot be lower than the limit for minute(20.0)"));
    }

    @Test
    void limitByHeaderNeedsAHeaderName() {
        assertThatThrownBy(() -> PluginRegistry.validate("rate-limiting", Map.of("minute", 1, "limit_by", "header")))
                .isInstanceOfSatisfying(PluginConfigException.class, e ->
                        assertThat(e.fieldErrors()).containsEntry("config.header_name", "required field missing"));
    }

    @Test
    void redisPolicyIsRefusedNamingTheIssue() {
        assertThatThrownBy(() -> PluginRegistry.validate("rate-limiting", Map.of("minute", 1, "policy", "redis")))
                .isInstanceOfSatisfying(PluginConfigException.class, e ->
                        assertThat(e.fieldErrors().get("config.policy")).contains("issue #9"));
    }

    @Test
    void unknownFieldsAndPluginsAreRefused() {
        assertThatThrownBy(() -> PluginRegistry.validate("key-auth", Map.of("key_nmaes", List.of("x"))))
                .isInstanceOfSatisfying(PluginConfigException.class, e ->
                        assertThat(e.fieldErrors()).containsEntry("config.key_nmaes", "unknown field"));
        assertThatThrownBy(() -> PluginRegistry.validate("oauth3", Map.of()))
                .isInstanceOfSatisfying(PluginConfigException.class, e ->
                        assertThat(e.fieldErrors().get("name")).isEqualTo(
                                "plugin 'oauth3' not enabled; add it to the 'plugins' configuration property"));
    }

    @Test
    void requestBodyTransformationsAreRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> PluginRegistry.validate("request-transformer",
                Map.of("add", Map.of("body", List.of("a:1"), "headers", List.of("x-a:1")))))
                .isInstanceOfSatisfying(PluginConfigException.class, e ->
                        assertThat(e.fieldErrors().get("config.add.body")).contains("not supported"));
    }

    @Test
    void keyInBodyIsRefused() {
        assertThatThrownBy(() -> PluginRegistry.validate("key-auth", Map.of("key_in_body", true)))
                .isInstanceOf(PluginConfigException.class).hasMessageContaining("config.key_in_body");
    }

    @Test
    void badCidrAndBadTransformerEntriesAreNamed() {
        assertThatThrownBy(() -> PluginRegistry.validate("ip-restriction", Map.of("allow", List.of("10.0.0.0/33"))))
                .isInstanceOfSatisfying(PluginConfigException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("config.allow", "invalid ip or cidr range: '10.0.0.0/33'"));
        assertThatThrownBy(() -> PluginRegistry.validate("response-transformer",
                Map.of("add", Map.of("headers", List.of("no-colon")))))
                .isInstanceOfSatisfying(PluginConfigException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("config.add.headers", "invalid value: no-colon"));
    }

    @Test
    void aclNeedsExactlyOneOfAllowAndDeny() {
        assertThatThrownBy(() -> PluginRegistry.validate("acl", Map.of()))
                .hasMessageContaining("at least one of these fields must be non-empty: 'config.allow', 'config.deny'");
        assertThatThrownBy(() -> PluginRegistry.validate("acl", Map.of("allow", List.of("a"), "deny", List.of("b"))))
                .hasMessageContaining("only one of these fields can be non-empty");
    }

    @Test
    void authenticationPluginsCannotBeScopedToAConsumer() {
        assertThatThrownBy(() -> PluginRegistry.checkScope("key-auth", true))
                .isInstanceOfSatisfying(PluginConfigException.class, e ->
                        assertThat(e.fieldErrors()).containsEntry("consumer", "value must be null"));
        PluginRegistry.checkScope("rate-limiting", true);
    }

    @Test
    void schemaDescribesFieldsWithDefaults() {
        ObjectNode schema = PluginRegistry.schema("key-auth").orElseThrow();
        String text = schema.toString();
        assertThat(text).contains("\"key_names\"").contains("\"default\":[\"apikey\"]");
        assertThat(PluginRegistry.schema("nope")).isEmpty();
    }

    @Test
    void errorsNestRelativeToConfigForTheAdminApiBody() {
        assertThatThrownBy(() -> PluginRegistry.validate("response-transformer",
                Map.of("add", Map.of("headers", List.of("bad")), "minute", 1)))
                .isInstanceOfSatisfying(PluginConfigException.class, e -> assertThat(e.configFields().toString())
                        .isEqualTo("{\"minute\":\"unknown field\",\"add\":{\"headers\":\"invalid value: bad\"}}"));
        assertThatThrownBy(() -> PluginRegistry.validate("rate-limiting", Map.of()))
                .isInstanceOfSatisfying(PluginConfigException.class, e ->
                        assertThat(e.configFields().path("@entity").get(0).asText()).startsWith("at least one of"));
    }

    @Test
    void aFormListMayBeOneCommaSeparatedValueAsInKongsDocs() {
        ObjectNode form = PluginRegistry.validate("request-transformer",
                Json.MAPPER.valueToTree(Map.of("remove", Map.of("headers", "x-toremove, x-another-one"))), true);
        assertThat(form.path("remove").path("headers")).hasSize(2);
        assertThat(form.path("remove").path("headers").get(1).asText()).isEqualTo("x-another-one");
        ObjectNode json = PluginRegistry.validate("cors", Map.of("origins", "https://a{1,2}.test"));
        assertThat(json.path("origins")).hasSize(1);
    }
}
