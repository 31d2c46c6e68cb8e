/**
 * Chat notifications over webhooks: Slack's {@code slackSend} (incoming webhooks, which Mattermost and
 * Rocket.Chat share, and {@code chat.postMessage} with a token), the DingTalk plugin's {@code dingtalk}
 * robot with its signature, the WeCom group robot of {@code qyWechatNotification}, Microsoft Teams'
 * {@code office365ConnectorSend}, and the generic {@code chatNotify}. Every request goes through
 * {@link io.slipway.agent.notify.chat.WebhookPost} (JDK HTTP client, bounded timeouts, no URL in any
 * message) under {@link io.slipway.agent.notify.Delivery}'s retries.
 */
package io.slipway.agent.notify.chat;
