/**
 * The server's side of notifications: {@link io.slipway.server.notify.NotifyConfig} (SMTP, the server's
 * URL, user addresses, chat robots, delivery retries, server-wide rules) from {@code
 * $SLIPWAY_DATA/notifications.json} and {@code SLIPWAY_SMTP_*} / {@code SLIPWAY_URL}; the build summary
 * that mail and chat steps describe (changes and culprits from the job's Git mirror, the failed stage,
 * the log's tail); the FreeMarker mail template (per job, per server, built in); and
 * {@link io.slipway.server.notify.NotifyExtender}, which offers all of it to each build's steps. The
 * steps themselves live in the agents module ({@code io.slipway.agent.notify}).
 */
package io.slipway.server.notify;
