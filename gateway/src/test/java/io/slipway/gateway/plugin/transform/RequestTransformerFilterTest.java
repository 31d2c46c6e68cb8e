package io.slipway.gateway.plugin.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.plugin.PluginRegistry;
import io.slipway.gateway.plugin.TestExchange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestTransformerFilterTest {

    private static RequestTransformerFilter transformer(Map<String, ?> config) {
        return new RequestTransformerFilter(PluginRegistry.validate("request-transformer", config));
    }

    @Test
    void headersAreRemovedRenamedReplacedAddedAndAppendedInKongsOrder() {
        TestExchange e = TestExchange.get("/").header("X-Drop", "1").header("X-Old", "v").header("X-Replace", "a")
                .header("X-Exists", "keep").header("X-Multi", "1")
                .run(transformer(Map.of(
                        "remove", Map.of("headers", List.of("x-drop")),
                        "rename", Map.of("headers", List.of("x-old:x-new")),
                        "replace", Map.of("headers", List.of("x-replace:b", "x-absent:never")),
                        "add", Map.of("headers", List.of("x-exists:overwritten", "x-added:yes:with:colons")),
                        "append", Map.of("headers", List.of("x-multi:2")))));
        assertThat(e.passed).isTrue();
        var h = e.requestHeaders();
        assertThat(h.contains("X-Drop")).isFalse();
        assertThat(h.contains("X-Old")).isFalse();
        assertThat(h.get("X-New")).isEqualTo("v");
        assertThat(h.get("X-Replace")).isEqualTo("b");
        assertThat(h.contains("X-Absent")).isFalse();
        assertThat(h.get("X-Exists")).isEqualTo("keep");
        assertThat(h.get("X-Added")).isEqualTo("yes:with:colons");
        assertThat(h.getAll("X-Multi")).containsExactly("1", "2");
    }

    @Test
    void queryStringIsTransformed() {
        TestExchange e = TestExchange.get("/?drop=1&old=v&keep=k")
                .run(transformer(Map.of(
                        "remove", Map.of("querystring", List.of("drop")),
                        "rename", Map.of("querystring", List.of("old:new")),
                        "add", Map.of("querystring", List.of("added:a b")))));
        assertThat(e.query()).isEqualTo("keep=k&new=v&added=a+b");
    }

    @Test
    void templatesReadTheRequest() {
        TestExchange e = TestExchange.get("/?user=ann").header("X-Tenant", "t1")
                .run(transformer(Map.of("add", Map.of("headers",
                        List.of("x-who:$(query_params.user)@$(headers[\"x-tenant\"])", "x-none:[$(headers.nope)]")))));
        assertThat(e.requestHeaders().get("X-Who")).isEqualTo("ann@t1");
        assertThat(e.requestHeaders().get("X-None")).isEqualTo("[]");
    }

    @Test
    void uriAndMethodAreReplaced() {
        TestExchange e = TestExchange.get("/old").run(transformer(Map.of("http_method", "POST",
                "replace", Map.of("uri", "/new/path"))));
        assertThat(e.method()).isEqualTo("POST");
        assertThat(e.upstreamPath()).isEqualTo("/new/path");
    }
}
