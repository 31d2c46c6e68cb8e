package io.slipway.gateway.plugin.cors;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.slipway.gateway.plugin.PluginRegistry;
import io.slipway.gateway.plugin.TestExchange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorsFilterTest {

    private static CorsFilter cors(Map<String, ?> config) {
        return new CorsFilter(PluginRegistry.validate("cors", config));
    }

    private static TestExchange preflight(String origin) {
        return TestExchange.request("OPTIONS", "/").header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-custom");
    }

    @Test
    void preflightIsAnsweredHereWithTheAllowedMethodsAndHeaders() {
        TestExchange e = preflight("https://app.example.com").run(cors(Map.of(
                "origins", List.of("https://app.example.com"), "methods", List.of("GET", "POST"), "max_age", 3600,
                "credentials", true)));
        assertThat(e.passed).isFalse();
        assertThat(e.status).isEqualTo(200);
        assertThat(e.responseHeaders.get("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
        assertThat(e.responseHeaders.get("Access-Control-Allow-Methods")).isEqualTo("GET,POST");
        assertThat(e.responseHeaders.get("Access-Control-Allow-Headers")).isEqualTo("x-custom");
        assertThat(e.responseHeaders.get("Access-Control-Max-Age")).isEqualTo("3600");
        assertThat(e.responseHeaders.get("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(e.responseHeaders.get("Vary")).isEqualTo("Origin");
    }

    @Test
    void preflightGoesUpstreamWithPreflightContinue() {
        assertThat(preflight("https://a.test").run(cors(Map.of("preflight_continue", true))).passed).isTrue();
    }

    @Test
    void plainOptionsWithoutRequestMethodIsNotAPreflight() {
        assertThat(TestExchange.request("OPTIONS", "/").header("Origin", "https://a.test").run(cors(Map.of())).passed)
                .isTrue();
    }

    @Test
    void simpleRequestResponsesGetTheOriginAndExposedHeaders() {
        TestExchange e = TestExchange.get("/").header("Origin", "https://api.example.org")
                .run(cors(Map.of("origins", List.of("https://.*\\.example\\.org"), "exposed_headers", List.of("X-Total"))))
                .upstreamResponds(200, new DefaultHttpHeaders(), "{}");
        assertThat(e.responseHeaders.get("Access-Control-Allow-Origin")).isEqualTo("https://api.example.org");
        assertThat(e.responseHeaders.get("Access-Control-Expose-Headers")).isEqualTo("X-Total");
        assertThat(e.responseHeaders.get("Vary")).isEqualTo("Origin");
    }

    @Test
    void anOriginNotListedGetsNoAllowOrigin() {
        TestExchange e = TestExchange.get("/").header("Origin", "https://evil.test")
                .run(cors(Map.of("origins", List.of("https://good.test"))))
                .upstreamResponds(200, new DefaultHttpHeaders(), "{}");
        assertThat(e.passed).isTrue();
        assertThat(e.responseHeaders.contains("Access-Control-Allow-Origin")).isFalse();
    }

    @Test
    void wildcardAnswersStarUnlessCredentialsAreAllowed() {
        TestExchange star = TestExchange.get("/").header("Origin", "https://a.test").run(cors(Map.of()))
                .upstreamResponds(200, new DefaultHttpHeaders(), "");
        assertThat(star.responseHeaders.get("Access-Control-Allow-Origin")).isEqualTo("*");
        TestExchange echoed = TestExchange.get("/").header("Origin", "https://a.test")
                .run(cors(Map.of("origins", List.of("*"), "credentials", true)))
                .upstreamResponds(200, new DefaultHttpHeaders(), "");
        assertThat(echoed.responseHeaders.get("Access-Control-Allow-Origin")).isEqualTo("https://a.test");
        assertThat(echoed.responseHeaders.get("Access-Control-Allow-Credentials")).isEqualTo("true");
    }
}
