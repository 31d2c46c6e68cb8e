/**
 * Notifications from a build: the services a notification step needs from the engine
 * ({@link io.slipway.agent.notify.BuildSummarySource}, {@link io.slipway.agent.notify.DeliveryPolicy}), the
 * build summary they describe, and {@link io.slipway.agent.notify.Delivery}, the one place that retries a
 * delivery with backoff and turns a final failure into a build-log line (or a step failure with
 * {@code failOnError: true}). Mail lives in {@code notify.mail}, chat webhooks in {@code notify.chat}.
 * Nothing here knows the server: the engine offers these services through
 * {@link io.slipway.agent.step.BuildExtensions}.
 */
package io.slipway.agent.notify;
