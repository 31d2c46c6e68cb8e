package io.slipway.gateway.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.GatewayConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts a proxy on 127.0.0.1:0 per test, with helpers to apply entities and send requests. */
abstract class ProxyTestBase {

    static final ObjectMapper JSON = new ObjectMapper();
    ProxyServer proxy;
    final List<AutoCloseable> closeables = new ArrayList<>();
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void startProxy() {
        proxy = ProxyServer.start(settings());
    }

    ProxySettings settings() {
        return ProxySettings.of("127.0.0.1", 0).withEventLoopThreads(2);
    }

    @AfterEach
    void stopAll() throws Exception {
        proxy.close();
        for (AutoCloseable c : closeables) {
            c.close();
        }
    }

    EchoUpstream upstream(String name) throws IOException {
        EchoUpstream u = new EchoUpstream(name);
        closeables.add(u);
        return u;
    }

    void apply(Entity... entities) {
        proxy.apply(GatewayConfig.of(List.of(entities)));
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + proxy.port() + pathAndQuery);
    }

    static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }
}
