package io.slipway.agent.notify.chat;

import io.slipway.agent.notify.BuildSummary;
import io.slipway.agent.notify.Delivery;
import io.slipway.agent.notify.NotificationException;
import io.slipway.agent.notify.NotifyCredentials;
import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The DingTalk plugin's {@code dingtalk(robot:, type:, title:, text:, at:, atAll:, messageUrl:, picUrl:,
 * singleTitle:, singleUrl:, btns:, btnLayout:, hideAvatar:)}: a group robot message of type {@code TEXT},
 * {@code MARKDOWN} (the default), {@code LINK} or {@code ACTION_CARD}. {@code robot} names a robot the server
 * configures (webhook and signing secret); Slipway also takes {@code webhookCredentialId:} and
 * {@code secretCredentialId:} directly. A signing robot's requests carry DingTalk's {@code timestamp} and
 * {@code sign}. An answer with a non-zero {@code errcode} is a failure.
 */
public final class DingTalkStep implements StepExecutor {

    @Override
    public String step() {
        return "dingtalk";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        return Delivery.deliver(call, ctx, "DingTalk message", () -> {
            Endpoint endpoint = endpoint(call, ctx);
            Map<String, Object> payload = payload(call, ctx);
            Webhook target = endpoint.secret() == null ? endpoint.webhook()
                    : DingTalkSigner.signed(endpoint.webhook(), endpoint.secret(), System.currentTimeMillis());
            WebhookPost.Reply reply = WebhookPost.json(target, payload, Map.of());
            RobotAnswers.check(reply, "DingTalk");
            return "DingTalk message sent" + (endpoint.name() == null ? "" : " by robot '" + endpoint.name() + "'")
                    + " via " + endpoint.webhook().origin();
        });
    }

    private record Endpoint(String name, Webhook webhook, String secret) {
    }

    private static Endpoint endpoint(StepCall call, StepContext ctx) throws NotificationException {
        String robotId = call.text("robot", null);
        String webhookCredential = call.text("webhookCredentialId", null);
        String secretCredential = call.text("secretCredentialId", null);
        if (webhookCredential != null) {
            Webhook webhook = Webhook.fromCredential(ctx, webhookCredential, "webhookCredentialId");
            String secret = secretCredential == null ? null
                    : NotifyCredentials.secretText(ctx, secretCredential, "secretCredentialId");
            return new Endpoint(robotId, webhook, secret);
        }
        if (robotId == null || robotId.isBlank()) {
            throw NotificationException.permanent("'robot' is required (or 'webhookCredentialId')");
        }
        ChatRobots robots = ctx.services().extensions().find(ChatRobots.class).orElse(null);
        ChatRobot robot = robots == null ? null : robots.find("dingtalk", robotId).orElse(null);
        if (robot == null) {
            throw NotificationException.permanent("no DingTalk robot '" + robotId + "' is configured (robots: "
                    + (robots == null ? "none" : String.join(", ", robots.ids("dingtalk")))
                    + "; see dingtalk.robots in notifications.json)");
        }
        Webhook webhook = robot.webhookCredentialId() != null
                ? Webhook.fromCredential(ctx, robot.webhookCredentialId(), "robot '" + robotId + "' webhook")
                : Webhook.of(robot.webhookUrl(), "robot '" + robotId + "' webhookUrl");
        String secret = robot.secretCredentialId() == null ? null
                : NotifyCredentials.secretText(ctx, robot.secretCredentialId(), "robot '" + robotId + "' secret");
        return new Endpoint(robotId, webhook, secret);
    }

    private static Map<String, Object> payload(StepCall call, StepContext ctx) throws NotificationException {
        BuildSummary summary = ChatText.summaryOrEnv(ctx);
        String type = call.text("type", "MARKDOWN").toUpperCase(Locale.ROOT);
        String title = mask(ctx, call.text("title", summary.defaultSubject()));
        List<String> lines = lines(call.arg("text").orElse(null));
        String text = mask(ctx, lines.isEmpty() ? ChatText.defaultMessage(summary)
                : String.join(type.equals("TEXT") ? "\n" : "  \n", lines));
        Map<String, Object> payload = new LinkedHashMap<>();
        switch (type) {
            case "TEXT" -> {
                payload.put("msgtype", "text");
                payload.put("text", Map.of("content", text));
            }
            case "MARKDOWN" -> {
                payload.put("msgtype", "markdown");
                payload.put("markdown", Map.of("title", title, "text", text));
            }
            case "LINK" -> {
                payload.put("msgtype", "link");
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("title", title);
                link.put("text", text);
                link.put("messageUrl", call.text("messageUrl", summary.url() == null ? "" : summary.url()));
                link.put("picUrl", call.text("picUrl", ""));
                payload.put("link", link);
            }
            case "ACTION_CARD" -> {
                payload.put("msgtype", "actionCard");
                payload.put("actionCard", actionCard(call, title, text));
            }
            default -> throw NotificationException.permanent("'type' must be TEXT, MARKDOWN, LINK or ACTION_CARD, was '"
                    + type + "'");
        }
        if (type.equals("TEXT") || type.equals("MARKDOWN")) {
            Map<String, Object> at = new LinkedHashMap<>();
            at.put("atMobiles", lines(call.arg("at").orElse(null)));
            at.put("isAtAll", call.flag("atAll", false));
            payload.put("at", at);
        }
        return payload;
    }

    private static Map<String, Object> actionCard(StepCall call, String title, String text) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("title", title);
        card.put("text", text);
        card.put("btnOrientation", "H".equalsIgnoreCase(call.text("btnLayout", "V")) ? "1" : "0");
        card.put("hideAvatar", call.flag("hideAvatar", false) ? "1" : "0");
        String singleTitle = call.text("singleTitle", null);
        if (singleTitle != null) {
            card.put("singleTitle", singleTitle);
            card.put("singleURL", call.text("singleUrl", ""));
        }
        Object btns = call.arg("btns").orElse(null);
        if (btns instanceof List<?> list) {
            List<Map<String, Object>> buttons = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof Map<?, ?> button) {
                    buttons.add(Map.of("title", String.valueOf(button.get("title")),
                            "actionURL", String.valueOf(button.get("actionUrl"))));
                }
            }
            card.put("btns", buttons);
        }
        return card;
    }

    /** A list argument, or one string as a one-element list. */
    static List<String> lines(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    private static String mask(StepContext ctx, String text) {
        return ctx.services().masker().mask(text);
    }
}
