package io.slipway.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.config.Service;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoutingOverHttpTest extends ProxyTestBase {

    private EchoUpstream a;
    private EchoUpstream b;
    private Service sa;
    private Service sb;

    @BeforeEach
    void upstreams() throws Exception {
        a = upstream("a");
        b = upstream("b");
        sa = Service.of("sa", "http", "127.0.0.1", a.port(), null);
        sb = Service.of("sb", "http", "127.0.0.1", b.port(), "/svc");
    }

    private String served(RawHttp.Response r) throws Exception {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return json(r.body()).path("upstream").asText();
    }

    @Test
    void wildcardHostRoutesByHostHeader() throws Exception {
        apply(sa, sb, new RouteBuilder("wild", sa.id()).hosts("*.example.com").build(),
                new RouteBuilder("exact", sb.id()).hosts("api.example.com").build());

        assertThat(served(RawHttp.get(proxy.port(), "/", "Host: www.example.com"))).isEqualTo("a");
        assertThat(served(RawHttp.get(proxy.port(), "/", "Host: api.example.com:8000"))).isEqualTo("b");
        assertThat(RawHttp.get(proxy.port(), "/", "Host: example.org").status()).isEqualTo(404);
    }

    @Test
    void preserveHostSendsTheClientsHostUpstream() throws Exception {
        apply(sa, new RouteBuilder("keep", sa.id()).hosts("keep.test").preserveHost(true).build(),
                new RouteBuilder("replace", sa.id()).hosts("replace.test").build());

        var kept = RawHttp.get(proxy.port(), "/", "Host: keep.test");
        var replaced = RawHttp.get(proxy.port(), "/", "Host: replace.test");

        assertThat(json(kept.body()).path("headers").path("host").asText()).isEqualTo("keep.test");
        assertThat(json(replaced.body()).path("headers").path("host").asText()).isEqualTo("127.0.0.1:" + a.port());
        assertThat(json(replaced.body()).path("headers").path("x-forwarded-host").asText()).isEqualTo("replace.test");
    }

    @Test
    void methodAndHeaderPredicatesSelectRoutes() throws Exception {
        apply(sa, sb, new RouteBuilder("any", sa.id()).paths("/r").build(),
                new RouteBuilder("post", sb.id()).paths("/r").methods("POST").build(),
                new RouteBuilder("v2", sb.id()).paths("/r").header("X-Version", "v2").build());

        assertThat(served(RawHttp.get(proxy.port(), "/r"))).isEqualTo("a");
        assertThat(served(RawHttp.send(proxy.port(), "POST", "/r", "x"))).isEqualTo("b");
        assertThat(served(RawHttp.get(proxy.port(), "/r", "X-Version: V2"))).isEqualTo("b");
    }

    @Test
    void regexPathIsStrippedAndJoinedToTheServicePath() throws Exception {
        apply(sb, new RouteBuilder("re", sb.id()).paths("~/v\\d+/").build(),
                new RouteBuilder("keep", sb.id()).paths("/keep").stripPath(false).build());

        var stripped = RawHttp.get(proxy.port(), "/v2/items?q=1");
        var kept = RawHttp.get(proxy.port(), "/keep/x");

        assertThat(json(stripped.body()).path("path").asText()).isEqualTo("/svc/items");
        assertThat(json(stripped.body()).path("query").asText()).isEqualTo("q=1");
        assertThat(json(kept.body()).path("path").asText()).isEqualTo("/svc/keep/x");
    }

    @Test
    void forwardedForIsAppendedAndHopByHopHeadersAreDropped() throws Exception {
        apply(sa, new RouteBuilder("r", sa.id()).paths("/").build());

        var r = RawHttp.get(proxy.port(), "/", "X-Forwarded-For: 10.0.0.1", "Keep-Alive: timeout=5",
                "Proxy-Connection: keep-alive", "TE: trailers", "X-Custom: kept");

        var headers = json(r.body()).path("headers");
        assertThat(headers.path("x-forwarded-for").asText()).isEqualTo("10.0.0.1, 127.0.0.1");
        assertThat(headers.has("keep-alive")).isFalse();
        assertThat(headers.has("proxy-connection")).isFalse();
        assertThat(headers.has("te")).isFalse();
        assertThat(headers.path("x-custom").asText()).isEqualTo("kept");
    }
}
