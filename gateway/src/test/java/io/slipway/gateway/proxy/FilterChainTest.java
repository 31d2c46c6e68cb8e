package io.slipway.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.slipway.gateway.config.Route;
import io.slipway.gateway.config.Service;
import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.filter.Filter;
import io.slipway.gateway.filter.FilterChain;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterChainTest extends ProxyTestBase {

    private static Filter filter(String name, java.util.function.BiConsumer<Exchange, FilterChain> body) {
        return new Filter() {
            @Override public String name() { return name; }
            @Override public void filter(Exchange exchange, FilterChain chain) { body.accept(exchange, chain); }
        };
    }

    @Test
    void filtersRunInOrderChangeTheRequestAndSeeTheResponseHead() throws Exception {
        EchoUpstream echo = upstream("echo");
        Service service = Service.of("echo", "http", "127.0.0.1", echo.port(), null);
        proxy.plugins((config, route, svc) -> List.of(
                filter("first", (ex, chain) -> {
                    ex.requestHeaders().set("X-Step", "first");
                    ex.onResponseHeaders(head -> head.headers().set("X-Seen-Status", head.status()));
                    chain.next(ex);
                }),
                filter("second", (ex, chain) -> {
                    ex.requestHeaders().add("X-Step", "second:" + ex.match().serviceName());
                    ex.query("rewritten=1");
                    chain.next(ex);
                })));
        apply(service, Route.forPaths("r", service.id(), "/"));

        var response = get("/x?original=1");

        var echoed = json(response.body());
        assertThat(echoed.path("headers").path("x-step").asText()).isEqualTo("first,second:echo");
        assertThat(echoed.path("query").asText()).isEqualTo("rewritten=1");
        assertThat(response.headers().firstValue("x-seen-status")).contains("200");
    }

    @Test
    void aFilterCanAnswerAndTheUpstreamIsNotCalled() throws Exception {
        EchoUpstream echo = upstream("echo");
        Service service = Service.of("echo", "http", "127.0.0.1", echo.port(), null);
        proxy.plugins((config, route, svc) -> List.of(filter("deny", (ex, chain) ->
                ex.respondJson(401, "No API key found in request", new DefaultHttpHeaders().add("WWW-Authenticate", "Key")))));
        apply(service, Route.forPaths("r", service.id(), "/"));

        var response = get("/x");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response.body()).path("message").asText()).isEqualTo("No API key found in request");
        assertThat(response.headers().firstValue("www-authenticate")).contains("Key");
        assertThat(echo.hits.get()).isZero();
    }

    @Test
    void aFilterThatNeitherAnswersNorPassesOnGets500() throws Exception {
        EchoUpstream echo = upstream("echo");
        Service service = Service.of("echo", "http", "127.0.0.1", echo.port(), null);
        proxy.plugins((config, route, svc) -> List.of(filter("lazy", (ex, chain) -> { })));
        apply(service, Route.forPaths("r", service.id(), "/"));

        var first = get("/x");
        var second = get("/x");

        assertThat(first.statusCode()).isEqualTo(500);
        assertThat(json(first.body()).path("message").asText()).isEqualTo("An unexpected error occurred");
        assertThat(second.statusCode()).isEqualTo(500);
        assertThat(echo.hits.get()).isZero();
    }

    @Test
    void aBodyTransformRewritesTheResponseAndFixesItsLength() throws Exception {
        EchoUpstream echo = upstream("echo");
        Service service = Service.of("echo", "http", "127.0.0.1", echo.port(), null);
        proxy.plugins((config, route, svc) -> List.of(filter("upper", (ex, chain) -> {
            ex.transformResponseBody(body -> new String(body, StandardCharsets.UTF_8).toUpperCase()
                    .getBytes(StandardCharsets.UTF_8));
            chain.next(ex);
        })));
        apply(service, Route.forPaths("r", service.id(), "/"));

        var response = get("/lower");

        assertThat(response.body()).contains("\"PATH\":\"/LOWER\"");
        assertThat(response.headers().firstValue("content-length")).contains(String.valueOf(response.body().length()));
    }
}
