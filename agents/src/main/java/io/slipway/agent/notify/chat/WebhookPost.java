package io.slipway.agent.notify.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.agent.notify.NotificationException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP POST to a chat service with the JDK's client: bounded connect and answer timeouts, no
 * redirects (a redirect would carry the token elsewhere). A 2xx answer is returned; 429 and 5xx answers
 * and network errors may be retried; other answers are permanent failures. Messages name only the
 * webhook's origin, never its path or query. Thread-safe.
 */
public final class WebhookPost {

    /** JSON for every payload: field order as built, no pretty printing. */
    public static final ObjectMapper JSON = new ObjectMapper();

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    /** A 2xx answer. */
    public record Reply(int status, String body) {

        /** The body as JSON, when it is JSON. */
        public Optional<JsonNode> json() {
            try {
                return Optional.of(JSON.readTree(body));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    private WebhookPost() {
    }

    /** Posts {@code payload} as JSON. */
    public static Reply json(Webhook target, Object payload, Map<String, String> headers)
            throws NotificationException, InterruptedException {
        try {
            return post(target, "application/json; charset=utf-8", JSON.writeValueAsString(payload), headers);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw NotificationException.permanent("cannot write the message as JSON: " + e.getOriginalMessage());
        }
    }

    public static Reply post(Webhook target, String contentType, String body, Map<String, String> headers)
            throws NotificationException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.uri()).timeout(TIMEOUT)
                .header("Content-Type", contentType)
                .header("User-Agent", "Slipway")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw NotificationException.transientFailure(target.origin() + " did not answer within "
                    + TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw NotificationException.transientFailure("cannot reach " + target.origin() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new Reply(status, response.body());
        }
        String reason = "HTTP " + status + " from " + target.origin() + excerpt(response.body());
        throw status == 429 || status >= 500 ? NotificationException.transientFailure(reason)
                : NotificationException.permanent(reason);
    }

    /** A short, one-line piece of an answer's body, for messages. */
    static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String line = body.strip().replaceAll("\\s+", " ");
        return ": " + (line.length() > 200 ? line.substring(0, 200) + "..." : line);
    }
}
