package io.slipway.gateway.plugin.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import io.slipway.gateway.plugin.PluginRegistry;
import io.slipway.gateway.plugin.TestExchange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseTransformerFilterTest {

    private static ResponseTransformerFilter transformer(Map<String, ?> config) {
        return new ResponseTransformerFilter(PluginRegistry.validate("response-transformer", config));
    }

    private static HttpHeaders headers(String contentType) {
        return new DefaultHttpHeaders().set("Content-Type", contentType).set("Server", "upstream").set("X-Old", "1");
    }

    @Test
    void responseHeadersAreTransformed() {
        TestExchange e = TestExchange.get("/").run(transformer(Map.of(
                "remove", Map.of("headers", List.of("server")),
                "rename", Map.of("headers", List.of("x-old:x-new")),
                "add", Map.of("headers", List.of("x-added:1")))))
                .upstreamResponds(200, headers("text/plain"), "hi");
        assertThat(e.responseHeaders.contains("Server")).isFalse();
        assertThat(e.responseHeaders.get("X-New")).isEqualTo("1");
        assertThat(e.responseHeaders.get("X-Added")).isEqualTo("1");
        assertThat(e.body()).isEqualTo("hi");
    }

    @Test
    void jsonBodiesAreTransformedWithTypedValues() {
        TestExchange e = TestExchange.get("/").run(transformer(Map.of(
                "remove", Map.of("json", List.of("secret")),
                "rename", Map.of("json", List.of("old:new")),
                "replace", Map.of("json", List.of("count:7"), "json_types", List.of("number")),
                "add", Map.of("json", List.of("flag:true", "name:x"), "json_types", List.of("boolean")),
                "append", Map.of("json", List.of("tags:b")))))
                .upstreamResponds(200, headers("application/json; charset=utf-8"),
                        "{\"secret\":1,\"old\":\"v\",\"count\":1,\"name\":\"keep\",\"tags\":\"a\"}");
        assertThat(e.body()).isEqualTo("{\"count\":7,\"name\":\"keep\",\"tags\":[\"a\",\"b\"],\"new\":\"v\",\"flag\":true}");
    }

    @Test
    void nonJsonBodiesAreLeftAlone() {
        TestExchange e = TestExchange.get("/").run(transformer(Map.of("remove", Map.of("json", List.of("a")))))
                .upstreamResponds(200, headers("text/html"), "{\"a\":1}");
        assertThat(e.body()).isEqualTo("{\"a\":1}");
    }
}
