package io.slipway.agent.notify.chat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.agent.notify.NotificationException;

/**
 * DingTalk and WeCom robots answer HTTP 200 even when they refuse a message, with a non-zero
 * {@code errcode} and an {@code errmsg} (a wrong signature, a stale timestamp, too many messages).
 */
final class RobotAnswers {

    private RobotAnswers() {
    }

    static void check(WebhookPost.Reply reply, String service) throws NotificationException {
        JsonNode json = reply.json().orElse(null);
        if (json == null || !json.has("errcode") || json.get("errcode").asInt() == 0) {
            return;
        }
        int code = json.get("errcode").asInt();
        String text = service + " refused the message: errcode " + code + " " + json.path("errmsg").asText("");
        // 130101 (DingTalk) and 45009 (WeCom) mean "too many messages": another try later may pass.
        throw code == 130101 || code == 45009 ? NotificationException.transientFailure(text)
                : NotificationException.permanent(text);
    }
}
