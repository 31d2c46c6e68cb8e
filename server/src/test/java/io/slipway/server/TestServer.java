package io.slipway.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.server.config.ServerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real server started in-process on 127.0.0.1 port 0 with a temp data folder, and a small HTTP
 * client that talks to it as a user would (JSON over real HTTP with the admin bearer token).
 */
public final class TestServer implements AutoCloseable {

    public static final String TOKEN = "test-admin-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SlipwayServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(SlipwayServer server) {
        this.server = server;
    }

    public static TestServer start(Path dataDir) {
        return start(ServerSettings.forTests(dataDir, TOKEN));
    }

    public static TestServer start(ServerSettings settings) {
        return new TestServer(SlipwayServer.start(settings));
    }

    public SlipwayServer server() {
        return server;
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A response: status code, raw body and the body parsed as JSON (null when it is not JSON). */
    public record Reply(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    public Reply get(String path) {
        return send(request(path, TOKEN).GET());
    }

    public Reply delete(String path) {
        return send(request(path, TOKEN).DELETE());
    }

    public Reply post(String path, Object body) {
        return send(request(path, TOKEN).POST(bodyOf(body)).header("Content-Type", "application/json"));
    }

    public Reply put(String path, Object body) {
        return send(request(path, TOKEN).PUT(bodyOf(body)).header("Content-Type", "application/json"));
    }

    /** A GET with the given token, or none when {@code token} is null. */
    public Reply getWithToken(String path, String token) {
        return send(request(path, token).GET());
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    public Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        try {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            return HttpRequest.BodyPublishers.ofString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
