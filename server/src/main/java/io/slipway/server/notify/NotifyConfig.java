package io.slipway.server.notify;

import io.slipway.agent.notify.DeliveryPolicy;
import io.slipway.agent.notify.chat.ChatRobot;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the server knows about notifications, from {@code $SLIPWAY_DATA/notifications.json} with the
 * environment taking precedence ({@code SLIPWAY_SMTP_HOST}, {@code SLIPWAY_SMTP_PORT}, {@code SLIPWAY_SMTP_FROM},
 * {@code SLIPWAY_SMTP_STARTTLS}, {@code SLIPWAY_SMTP_SSL}, {@code SLIPWAY_SMTP_CREDENTIALS}, {@code SLIPWAY_URL}).
 *
 * @param smtp the SMTP server
 * @param url the server's public URL for links in notifications, without a trailing slash, or null
 * @param users e-mail addresses of users by name, for {@code requestor()}
 * @param robots chat robots by kind ({@code dingtalk}) and id
 * @param delivery how often a notification is tried
 * @param rules server-wide rules applied when builds end
 */
public record NotifyConfig(SmtpConfig smtp, String url, Map<String, String> users,
        Map<String, Map<String, ChatRobot>> robots, DeliveryPolicy delivery, List<NotifyRule> rules) {

    public NotifyConfig {
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(delivery, "delivery");
        users = Map.copyOf(users);
        robots = Map.copyOf(robots);
        rules = List.copyOf(rules);
    }

    /** No file, no environment: mail not configured, no robots, standard retries. */
    public static NotifyConfig empty() {
        return new NotifyConfig(SmtpConfig.NONE, null, Map.of(), Map.of(), DeliveryPolicy.standard(), List.of());
    }
}
