package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;

/** A small Admin API client for tests: real HTTP to the node on loopback. */
public final class AdminClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> headers;

    public record Response(int status, JsonNode json, String text, HttpResponse<String> raw) {}

    public AdminClient(String base) {
        this(base, Map.of());
    }

    public AdminClient(String base, Map<String, String> headers) {
        this.base = base;
        this.headers = headers;
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Response post(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    public Response put(String path, String json) {
        return send("PUT", path, "application/json", json);
    }

    public Response patch(String path, String json) {
        return send("PATCH", path, "application/json", json);
    }

    /** Form fields as curl's {@code --data name=value} sends them, in order. */
    public Response form(String method, String path, String... pairs) {
        var parts = new ArrayList<String>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            parts.add(URLEncoder.encode(pair.substring(0, eq), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return send(method, path, "application/x-www-form-urlencoded", String.join("&", parts));
    }

    public Response send(String method, String path, String contentType, String body) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) builder.header("Content-Type", contentType);
        headers.forEach(builder::header);
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String text = response.body();
            if (text != null && (text.startsWith("{") || text.startsWith("["))) {
                json = MAPPER.readTree(text);
            }
            return new Response(response.statusCode(), json, text, response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
