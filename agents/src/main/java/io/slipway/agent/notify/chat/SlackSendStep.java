package io.slipway.agent.notify.chat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.agent.notify.Delivery;
import io.slipway.agent.notify.NotificationException;
import io.slipway.agent.notify.NotifyCredentials;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Slack's {@code slackSend(channel:, color:, message:, tokenCredentialId:, webhookUrl:, baseUrl:)}. Where the
 * message goes:
 * <ul>
 * <li>{@code webhookUrl}: an incoming webhook (Slack, Mattermost and Rocket.Chat share the format);</li>
 * <li>{@code tokenCredentialId} holding a URL: that incoming webhook, masked as a secret;</li>
 * <li>{@code tokenCredentialId} holding a token with a {@code baseUrl} that is not an {@code .../api/} URL:
 * the webhook {@code baseUrl + token} (the Mattermost style of the Slack plugin);</li>
 * <li>otherwise a bot token: {@code chat.postMessage} at {@code baseUrl} (default
 * {@code https://slack.com/api/}), which needs a {@code channel}.</li>
 * </ul>
 * With a {@code color} ({@code good}, {@code warning}, {@code danger} or {@code #hex}) the text goes in a
 * coloured attachment, as the Slack plugin sends it.
 */
public final class SlackSendStep implements StepExecutor {

    private static final String SLACK_API = "https://slack.com/api/";

    @Override
    public String step() {
        return "slackSend";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        return Delivery.deliver(call, ctx, "Slack message", () -> {
            Target target = target(call, ctx);
            // after target(): a token or URL read from a credential is masked in the message too
            String message = ctx.services().masker().mask(call.text("message",
                    ChatText.defaultMessage(ChatText.summaryOrEnv(ctx))));
            String channel = call.text("channel", null);
            if (target.token() != null && (channel == null || channel.isBlank())) {
                throw NotificationException.permanent("'channel' is required to post with a token (chat.postMessage)");
            }
            Map<String, String> headers = target.token() == null ? Map.of()
                    : Map.of("Authorization", "Bearer " + target.token());
            WebhookPost.Reply reply = WebhookPost.json(target.webhook(), payload(call, channel, message), headers);
            JsonNode answer = reply.json().orElse(null);
            if (answer != null && answer.has("ok") && !answer.get("ok").asBoolean()) {
                throw NotificationException.permanent("Slack refused the message: "
                        + answer.path("error").asText("unknown error"));
            }
            return "Slack message sent" + (channel == null ? "" : " to " + channel) + " via "
                    + target.webhook().origin();
        });
    }

    private record Target(Webhook webhook, String token) {
    }

    private static Target target(StepCall call, StepContext ctx) throws NotificationException {
        String webhookUrl = call.text("webhookUrl", null);
        String credentialId = call.text("tokenCredentialId", null);
        String baseUrl = call.text("baseUrl", null);
        if (webhookUrl != null && !webhookUrl.isBlank()) {
            return new Target(Webhook.of(webhookUrl, "webhookUrl"), null);
        }
        if (credentialId == null || credentialId.isBlank()) {
            throw NotificationException.permanent("give 'webhookUrl' or 'tokenCredentialId'");
        }
        String secret = NotifyCredentials.secretText(ctx, credentialId, "tokenCredentialId").strip();
        if (secret.startsWith("http://") || secret.startsWith("https://")) {
            return new Target(Webhook.of(secret, "tokenCredentialId (credential '" + credentialId + "')"), null);
        }
        if (baseUrl != null && !baseUrl.isBlank() && !baseUrl.replaceAll("/+$", "").endsWith("/api")) {
            String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
            return new Target(Webhook.of(base + secret, "baseUrl"), null);
        }
        String api = baseUrl == null || baseUrl.isBlank() ? SLACK_API : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return new Target(Webhook.of(api + "chat.postMessage", "baseUrl"), secret);
    }

    private static Map<String, Object> payload(StepCall call, String channel, String message) {
        Map<String, Object> payload = new LinkedHashMap<>();
        if (channel != null && !channel.isBlank()) {
            payload.put("channel", channel);
        }
        call.arg("username").ifPresent(v -> payload.put("username", String.valueOf(v)));
        call.arg("iconEmoji").ifPresent(v -> payload.put("icon_emoji", String.valueOf(v)));
        String color = call.text("color", null);
        if (color == null || color.isBlank()) {
            payload.put("text", message);
        } else {
            Map<String, Object> attachment = new LinkedHashMap<>();
            attachment.put("color", color);
            attachment.put("text", message);
            attachment.put("fallback", message);
            attachment.put("mrkdwn_in", List.of("text"));
            payload.put("attachments", List.of(attachment));
        }
        return payload;
    }
}
