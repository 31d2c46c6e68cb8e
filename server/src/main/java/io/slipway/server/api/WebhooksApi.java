package io.slipway.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.slipway.server.store.WebhookStore;
import io.slipway.server.trigger.webhook.Provider;
import io.slipway.server.trigger.webhook.WebhookService;
import io.slipway.server.trigger.webhook.WebhookSettings;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /webhooks/{provider}} (authenticated by the provider's signature, not a bearer token),
 * {@code GET /api/webhooks/deliveries} and the server-wide secrets per repository
 * ({@code GET/PUT/DELETE /api/webhooks/secrets}).
 */
final class WebhooksApi {

    /** One delivery as the API lists it. */
    record DeliveryView(String delivery, String provider, String event, String repository, String ref, String commit,
            Instant receivedAt, String outcome, String detail, List<String> builds, String client) {
    }

    private final WebhookService service;
    private final WebhookSettings settings;
    private final WebhookStore store;
    private final ObjectMapper json;

    WebhooksApi(WebhookService service, WebhookSettings settings, WebhookStore store, ObjectMapper json) {
        this.service = service;
        this.settings = settings;
        this.store = store;
        this.json = json;
    }

    void receive(Context ctx) {
        Provider provider = Provider.ofPath(ctx.pathParam("provider")).orElseThrow(() -> ApiException.notFound(
                "webhook provider '" + ctx.pathParam("provider") + "' (github, gitlab, gitea, bitbucket or generic)"));
        WebhookService.Outcome outcome = service.receive(provider, ctx::header, ctx.bodyAsBytes(), ctx.ip());
        ctx.status(outcome.status()).json(outcome.body());
    }

    void deliveries(Context ctx) {
        int limit = Math.max(1, Math.min(ctx.queryParamAsClass("limit", Integer.class).getOrDefault(100), 1000));
        int offset = Math.max(0, ctx.queryParamAsClass("offset", Integer.class).getOrDefault(0));
        ctx.json(store.deliveries(ctx.queryParam("provider"), ctx.queryParam("outcome"), limit, offset).stream()
                .map(row -> new DeliveryView(row.deliveryId(), row.provider(), row.event(), row.repository(), row.ref(),
                        row.commitSha(), row.receivedAt(), row.outcome(), row.detail(),
                        row.builds().isBlank() ? List.of() : Arrays.asList(row.builds().split("\n")),
                        row.client()))
                .toList());
    }

    void putSecret(Context ctx) throws IOException {
        JsonNode body = json.readTree(ctx.body());
        if (body == null || !body.isObject()) {
            throw ApiException.badField("body", "must be {\"repository\": \"...\", \"secret\": \"...\"}");
        }
        String repository = body.path("repository").asText(null);
        if (repository == null || repository.isBlank()) {
            throw ApiException.badField("repository", "is required");
        }
        settings.putRepositorySecret(repository, body.path("secret").isTextual() ? body.path("secret").asText() : null);
        ctx.status(204);
    }

    void listSecrets(Context ctx) {
        ctx.json(settings.repositories().stream()
                .map(row -> Map.of("repository", row.displayUrl(), "updatedAt", row.updatedAt())).toList());
    }

    void deleteSecret(Context ctx) {
        String repository = ctx.queryParam("repository");
        if (repository == null || !settings.deleteRepositorySecret(repository)) {
            throw ApiException.notFound("webhook secret for repository '" + repository + "'");
        }
        ctx.status(204);
    }
}
