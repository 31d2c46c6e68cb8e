package io.slipway.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Kong's rules for HTTPS-only routes (426 or a redirect on plain HTTP) and for request paths (routes
 * match the normalised path, the upstream gets the raw one), through the Admin API and real HTTP.
 */
class ProtocolAndPathRulesTest extends NodeTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer upstream;
    private String upstreamUrl;

    @BeforeEach
    void startUpstream() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        upstream.createContext("/", exchange -> {
            byte[] body = ("raw path " + exchange.getRequestURI().getRawPath()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        upstream.start();
        upstreamUrl = "http://127.0.0.1:" + upstream.getAddress().getPort();
    }

    @AfterEach
    void stopUpstream() {
        upstream.stop(0);
    }

    private HttpResponse<String> get(String rawPath) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.proxyPort() + rawPath)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anHttpsOnlyRouteAnswersPlainHttpWith426AsKongDoes() throws Exception {
        admin.form("POST", "/services", "name=web", "url=" + upstreamUrl);
        assertThat(admin.form("POST", "/services/web/routes", "name=secure", "protocols[]=https",
                "paths[]=/secure").status()).isEqualTo(201);
        assertThat(admin.form("POST", "/services/web/routes", "name=open", "paths[]=/open").status()).isEqualTo(201);

        var refused = get("/secure/orders");
        assertThat(refused.statusCode()).isEqualTo(426);
        assertThat(refused.body()).isEqualTo("{\"message\":\"Please use HTTPS protocol\"}");
        assertThat(refused.headers().firstValue("Upgrade")).hasValue("TLS/1.2, HTTP/1.1");
        assertThat(upstreamSaw(get("/open/x"))).isEqualTo("/x");
    }

    @Test
    void anHttpsOnlyRouteWithARedirectCodeSendsTheClientToHttps() throws Exception {
        admin.form("POST", "/services", "name=web", "url=" + upstreamUrl);
        assertThat(admin.form("POST", "/services/web/routes", "name=shop", "protocols[]=https",
                "paths[]=/shop", "https_redirect_status_code=301").status()).isEqualTo(201);

        var redirect = get("/shop/cart?item=7");
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).hasValue("https://127.0.0.1/shop/cart?item=7");
    }

    @Test
    void routesMatchTheNormalisedPathSoEncodedOrDottedPathsCannotSlipPastAGuardedRoute() throws Exception {
        admin.form("POST", "/services", "name=admin", "url=" + upstreamUrl);
        admin.form("POST", "/services", "name=public", "url=" + upstreamUrl);
        admin.form("POST", "/services/admin/routes", "name=admin", "paths[]=/admin");
        admin.form("POST", "/services/public/routes", "name=public", "paths[]=/public", "strip_path=false");
        assertThat(admin.form("POST", "/routes/admin/plugins", "name=key-auth").status()).isEqualTo(201);

        for (String sneaky : new String[] {"/admin/users", "/%61dmin/users", "//admin/users", "/public/../admin/users",
                "/public/%2e%2e/admin/users", "/./admin/users"}) {
            assertThat(get(sneaky).statusCode()).as(sneaky).isEqualTo(401);
        }
        assertThat(upstreamSaw(get("/public/a%2Fb/./c"))).as("the raw path goes upstream").isEqualTo("/public/a%2Fb/./c");
    }

    private static String upstreamSaw(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().substring("raw path ".length());
    }
}
