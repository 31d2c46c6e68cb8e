package io.slipway.agent.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.agent.step.StepFailure;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A small client of the Kong-compatible Admin API over HTTP/1.1: JSON in, JSON out, the admin token in
 * {@code Kong-Admin-Token}. A refused call becomes a {@link StepFailure} naming the node, the method, the path,
 * the status and the Admin API's own message (field errors included); never the token. Thread-safe; one
 * instance serves every build.
 */
public final class AdminClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    /** For the reads polling loops repeat ({@code /status}, health): a hung node must not stretch a bounded wait. */
    static final Duration POLL_TIMEOUT = Duration.ofSeconds(5);

    /** Null for the shared default client, made on the first call (a server that never releases never pays its TLS set-up at start). */
    private final HttpClient http;

    public AdminClient() {
        this.http = null;
    }

    public AdminClient(HttpClient http) {
        this.http = java.util.Objects.requireNonNull(http, "http");
    }

    private static final class DefaultClient {
        static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A new empty JSON object, for request bodies. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** The JSON text of {@code node}, for change records. */
    public static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A path segment, percent-encoded (route names and {@code host:port} targets are path segments). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code GET path}: the body, or empty on 404. */
    public Optional<JsonNode> find(GatewayNodes.Node node, String path) throws InterruptedException {
        return find(node, path, CALL_TIMEOUT);
    }

    /** {@code GET path} answered within {@code timeout}: the body, or empty on 404. */
    public Optional<JsonNode> find(GatewayNodes.Node node, String path, Duration timeout) throws InterruptedException {
        Answer answer = call(node, "GET", path, null, timeout);
        if (answer.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(answer.ok(node, "GET", path));
    }

    /** {@code GET path}: the body; a failure on anything but 2xx. */
    public JsonNode get(GatewayNodes.Node node, String path) throws InterruptedException {
        return get(node, path, CALL_TIMEOUT);
    }

    /** {@code GET path} answered within {@code timeout}; a failure on anything but 2xx or when it takes longer. */
    public JsonNode get(GatewayNodes.Node node, String path, Duration timeout) throws InterruptedException {
        return call(node, "GET", path, null, timeout).ok(node, "GET", path);
    }

    /** {@code GET path} as text (e.g. {@code /config?format=yaml}). */
    public String getText(GatewayNodes.Node node, String path) throws InterruptedException {
        Answer answer = call(node, "GET", path, null);
        answer.ok(node, "GET", path);
        return answer.body();
    }

    /** {@code POST}, {@code PUT} or {@code PATCH} with a JSON body: the answer's body. */
    public JsonNode send(GatewayNodes.Node node, String method, String path, JsonNode body) throws InterruptedException {
        return call(node, method, path, body).ok(node, method, path);
    }

    /** {@code DELETE path}; a missing entity counts as deleted. */
    public void delete(GatewayNodes.Node node, String path) throws InterruptedException {
        Answer answer = call(node, "DELETE", path, null);
        if (answer.status() != 404) {
            answer.ok(node, "DELETE", path);
        }
    }

    private Answer call(GatewayNodes.Node node, String method, String path, JsonNode body) throws InterruptedException {
        return call(node, method, path, body, CALL_TIMEOUT);
    }

    private Answer call(GatewayNodes.Node node, String method, String path, JsonNode body, Duration timeout)
            throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.adminUrl() + path))
                .timeout(timeout).header("Accept", "application/json");
        if (node.adminToken() != null) {
            request.header("Kong-Admin-Token", node.adminToken());
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(text(body), StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = (http == null ? DefaultClient.HTTP : http).send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new StepFailure("gateway node " + node + ": " + method + " " + path + " failed: " + describe(e));
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private record Answer(int status, String body) {

        JsonNode ok(GatewayNodes.Node node, String method, String path) {
            JsonNode json = parse();
            if (status / 100 == 2) {
                return json == null ? JSON.createObjectNode() : json;
            }
            String message = json == null ? body : json.path("message").asText(body);
            JsonNode fields = json == null ? null : json.get("fields");
            throw new StepFailure("gateway node " + node + ": " + method + " " + path + " answered " + status + ": "
                    + message + (fields == null || fields.isEmpty() ? "" : " " + fields));
        }

        private JsonNode parse() {
            if (body == null || body.isBlank()) {
                return null;
            }
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }
    }
}
