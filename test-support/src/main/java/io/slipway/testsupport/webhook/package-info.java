/**
 * {@link io.slipway.testsupport.webhook.WebhookReceiver}: a chat-webhook receiver on 127.0.0.1 that records
 * what Slack-, DingTalk-, WeCom-, Teams- or any JSON webhook client posts, for tests of notification steps.
 */
package io.slipway.testsupport.webhook;
