package io.slipway.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouterTest {

    private static RouteSpec route(String id, List<String> hosts, List<String> paths, Set<String> methods,
                                   Map<String, List<String>> headers, int regexPriority, int order) {
        return new RouteSpec(id, null, hosts, paths, methods, headers, regexPriority, true, false, "v0", order);
    }

    private static String match(Router<String> router, String method, String host, String path) {
        return match(router, method, host, path, new DefaultHttpHeaders());
    }

    private static String match(Router<String> router, String method, String host, String path, HttpHeaders headers) {
        RouteMatchResult<String> result = router.match("http", method, host, path, headers);
        return result == null ? null : result.payload();
    }

    private static Router<String> router(RouteSpec... routes) {
        return Router.build(List.of(routes), RouteSpec::id);
    }

    @Test
    void longestPrefixWinsRegardlessOfConfigurationOrder() {
        Router<String> router = router(route("root", null, List.of("/"), null, null, 0, 0),
                route("api", null, List.of("/api"), null, null, 0, 1),
                route("users", null, List.of("/api/users"), null, null, 0, 2));

        assertThat(match(router, "GET", null, "/api/users/7")).isEqualTo("users");
        assertThat(match(router, "GET", null, "/api/orders")).isEqualTo("api");
        assertThat(match(router, "GET", null, "/apix")).isEqualTo("api");
        assertThat(match(router, "GET", null, "/other")).isEqualTo("root");
    }

    @Test
    void exactAndWildcardHostsMatchAndUnknownHostsDoNot() {
        Router<String> router = router(route("exact", List.of("api.example.com"), null, null, null, 0, 0),
                route("suffix", List.of("*.example.com"), null, null, null, 0, 1),
                route("prefix", List.of("example.*"), null, null, null, 0, 2));

        assertThat(match(router, "GET", "api.example.com", "/")).isEqualTo("exact");
        assertThat(match(router, "GET", "API.Example.com:8000", "/")).isEqualTo("exact");
        assertThat(match(router, "GET", "a.b.example.com", "/")).isEqualTo("suffix");
        assertThat(match(router, "GET", "example.org", "/")).isEqualTo("prefix");
        assertThat(match(router, "GET", "notexample.com", "/")).isNull();
        assertThat(match(router, "GET", "other.org", "/")).isNull();
    }

    @Test
    void plainHostBeatsWildcardHostWithTheSameOtherAttributes() {
        Router<String> router = router(route("wild", List.of("*.example.com"), List.of("/"), null, null, 0, 0),
                route("plain", List.of("a.example.com"), List.of("/"), null, null, 0, 1));

        assertThat(match(router, "GET", "a.example.com", "/x")).isEqualTo("plain");
        assertThat(match(router, "GET", "b.example.com", "/x")).isEqualTo("wild");
    }

    @Test
    void moreMatchedAttributesWinOverALongerPath() {
        Router<String> router = router(route("long-path", null, List.of("/api/users/long"), null, null, 0, 0),
                route("host-path-method", List.of("h.test"), List.of("/api"), Set.of("GET"), null, 0, 1));

        assertThat(match(router, "GET", "h.test", "/api/users/long/1")).isEqualTo("host-path-method");
        assertThat(match(router, "POST", "h.test", "/api/users/long/1")).isEqualTo("long-path");
    }

    @Test
    void methodsRestrictARoute() {
        Router<String> router = router(route("get", null, List.of("/m"), Set.of("GET", "HEAD"), null, 0, 0));

        assertThat(match(router, "GET", null, "/m")).isEqualTo("get");
        assertThat(match(router, "DELETE", null, "/m")).isNull();
    }

    @Test
    void headersMatchAnyListedValueCaseInsensitively() {
        Router<String> router = router(route("v2", null, List.of("/"), null, Map.of("X-Version", List.of("v2", "v3")), 0, 0),
                route("plain", null, List.of("/"), null, null, 0, 1));
        HttpHeaders v3 = new DefaultHttpHeaders().add("x-version", "V3");
        HttpHeaders v1 = new DefaultHttpHeaders().add("x-version", "v1");

        assertThat(match(router, "GET", null, "/a", v3)).isEqualTo("v2");
        assertThat(match(router, "GET", null, "/a", v1)).isEqualTo("plain");
    }

    @Test
    void regexPathsGoByRegexPriorityAndBeatPrefixPaths() {
        Router<String> router = router(route("prefix", null, List.of("/users"), null, null, 0, 0),
                route("numeric-low", null, List.of("~/users/\\d+"), null, null, 1, 1),
                route("numeric-high", null, List.of("~/users/\\d+$"), null, null, 5, 2));

        assertThat(match(router, "GET", null, "/users/42")).isEqualTo("numeric-high");
        assertThat(match(router, "GET", null, "/users/42/orders")).isEqualTo("numeric-low");
        assertThat(match(router, "GET", null, "/users/me")).isEqualTo("prefix");
        assertThat(match(router, "GET", null, "/x/users/42")).isNull();
    }

    @Test
    void regexMatchLengthIsWhatStripPathRemoves() {
        Router<String> router = router(route("re", null, List.of("~/v\\d+/"), null, null, 0, 0));

        RouteMatchResult<String> result = router.match("http", "GET", null, "/v12/items", new DefaultHttpHeaders());

        assertThat(result.matchedLength()).isEqualTo(5);
        assertThat(UpstreamPath.of("/svc", result.route(), "/v12/items", result.matchedLength())).isEqualTo("/svc/items");
    }

    @Test
    void tenThousandRoutesStillFindTheirOwnRoute() {
        List<RouteSpec> routes = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            routes.add(route("r" + i, List.of("h" + (i % 100) + ".test"), List.of("/svc" + i), null, null, 0, i));
        }
        Router<String> router = Router.build(routes, RouteSpec::id);

        assertThat(match(router, "GET", "h42.test", "/svc4242/x")).isEqualTo("r4242");
        assertThat(match(router, "GET", "h43.test", "/svc4242/x")).isNull();
    }

    @ParameterizedTest(name = "service {0} + route {1} (strip {2}, {3}) + request {4} -> {5}")
    @CsvSource({
            "/s,  /fv0,  false, v0, /fv0req,  /s/fv0req",
            "/s,  /fv1,  false, v1, /fv1req,  /sfv1req",
            "/s,  /tv0,  true,  v0, /tv0req,  /s/req",
            "/s,  /tv1,  true,  v1, /tv1req,  /sreq",
            "/s,  /fv0/, false, v0, /fv0/req, /s/fv0/req",
            "/s,  /tv0/, true,  v0, /tv0/req, /s/req",
            "/s/, /tv0,  true,  v0, /tv0/req, /s/req",
            "/s,  /tv0,  true,  v0, /tv0,     /s",
            "/,   /tv0,  true,  v0, /tv0/x,   /x",
            "'',  /tv0,  true,  v0, /tv0,     /",
            "'',  /a,    false, v0, /a/b,     /a/b",
    })
    void upstreamPathFollowsKongsPathHandlingTable(String servicePath, String routePath, boolean strip, String handling,
                                                   String request, String expected) {
        RouteSpec spec = new RouteSpec("r", null, null, List.of(routePath), null, null, 0, strip, false, handling, 0);

        assertThat(UpstreamPath.of(servicePath.isEmpty() ? null : servicePath, spec, request, routePath.length()))
                .isEqualTo(expected);
    }
}
