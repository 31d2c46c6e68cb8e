package io.slipway.agent.notify.chat;

import io.slipway.agent.notify.BuildSummary;
import io.slipway.agent.notify.Delivery;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Microsoft Teams through the Office 365 Connector plugin's {@code office365ConnectorSend(webhookUrl:,
 * message:, status:, color:)}: an Office 365 connector card ({@code MessageCard}) with the build's status
 * as a fact, the message as its text, a link to the build, and a theme colour from {@code color} or the
 * status. Slipway also takes {@code webhookCredentialId:}.
 */
public final class TeamsStep implements StepExecutor {

    @Override
    public String step() {
        return "office365ConnectorSend";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        return Delivery.deliver(call, ctx, "Teams message", () -> {
            Webhook webhook = Webhook.resolve(ctx, call, "webhookUrl", "webhookCredentialId");
            BuildSummary summary = ChatText.summaryOrEnv(ctx);
            String status = call.text("status", summary.status());
            String message = ctx.services().masker().mask(call.text("message", ChatText.defaultMessage(summary)));
            WebhookPost.json(webhook, card(call, summary, status, message), Map.of());
            return "Teams message sent via " + webhook.origin();
        });
    }

    private static Map<String, Object> card(StepCall call, BuildSummary s, String status, String message) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("@type", "MessageCard");
        card.put("@context", "https://schema.org/extensions");
        card.put("summary", s.job() + " #" + s.number() + ": " + status);
        card.put("themeColor", call.text("color", ChatText.hexColor(status)).replaceFirst("^#", ""));
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("activityTitle", "Notification from " + s.job());
        section.put("activitySubtitle", "Latest status of build #" + s.number());
        List<Map<String, String>> facts = new ArrayList<>();
        facts.add(Map.of("name", "Status", "value", status));
        facts.add(Map.of("name", "Remarks", "value", s.cause()));
        if (s.failedStage() != null) {
            facts.add(Map.of("name", "Failed stage", "value", s.failedStage()));
        }
        section.put("facts", facts);
        section.put("markdown", true);
        section.put("text", message);
        card.put("sections", List.of(section));
        if (s.url() != null) {
            card.put("potentialAction", List.of(Map.of("@type", "OpenUri", "name", "View Build",
                    "targets", List.of(Map.of("os", "default", "uri", s.url())))));
        }
        return card;
    }
}
