package io.slipway.server.api;

import io.slipway.server.store.WebhookStore;
import io.slipway.server.trigger.token.FailureLimiter;
import io.slipway.server.trigger.token.TriggerTokens;
import io.slipway.server.trigger.webhook.WebhookService;
import io.slipway.server.trigger.webhook.WebhookSettings;

/** What the webhook, secret and trigger-token endpoints call. */
public record WebhookServices(WebhookService service, WebhookSettings settings, WebhookStore store,
        TriggerTokens tokens, FailureLimiter limiter) {
}
