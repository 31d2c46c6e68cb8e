package io.slipway.agent.notify.chat;

import io.slipway.agent.notify.BuildSummary;
import io.slipway.agent.notify.Delivery;
import io.slipway.agent.notify.NotificationException;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepResult;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slipway's generic webhook: {@code chatNotify(url:, message:, format: 'json')}. With {@code format: 'json'}
 * (the default) it posts {@code {"text", "job", "number", "status", "url"}}; with {@code format: 'text'}
 * the message as plain text. The URL may instead come from a secret-text credential
 * ({@code urlCredentialId:}), which masks it.
 */
public final class ChatNotifyStep implements StepExecutor {

    @Override
    public String step() {
        return "chatNotify";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        return Delivery.deliver(call, ctx, "chat message", () -> {
            Webhook webhook = Webhook.resolve(ctx, call, "url", "urlCredentialId");
            BuildSummary summary = ChatText.summaryOrEnv(ctx);
            String message = ctx.services().masker().mask(call.text("message", ChatText.defaultMessage(summary)));
            String format = call.text("format", "json").toLowerCase(Locale.ROOT);
            switch (format) {
                case "json" -> {
                    Map<String, Object> payload = new LinkedHashMap<>();
                    payload.put("text", message);
                    payload.put("job", summary.job());
                    payload.put("number", summary.number());
                    payload.put("status", summary.status());
                    payload.put("url", summary.url());
                    WebhookPost.json(webhook, payload, Map.of());
                }
                case "text" -> WebhookPost.post(webhook, "text/plain; charset=utf-8", message, Map.of());
                default -> throw NotificationException.permanent("'format' must be json or text, was '" + format + "'");
            }
            return "chat message sent via " + webhook.origin();
        });
    }
}
