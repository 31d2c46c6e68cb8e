package io.slipway.server.notify;

import io.slipway.agent.notify.mail.MailSettings;
import java.time.Duration;

/**
 * The SMTP part of the notification settings. {@code host} null means mail is not configured. The port
 * defaults to 465 with implicit TLS, 587 with STARTTLS, 25 otherwise.
 */
public record SmtpConfig(String host, Integer port, String from, boolean startTls, boolean ssl, String credentialsId) {

    public static final SmtpConfig NONE = new SmtpConfig(null, null, null, false, false, null);

    public int effectivePort() {
        return port != null ? port : ssl ? 465 : startTls ? 587 : 25;
    }

    /** The settings steps use; {@code serverUrl}'s host names this side in EHLO ({@code localhost} without one). */
    MailSettings toSettings(String serverUrl) {
        String helo = "localhost";
        if (serverUrl != null) {
            try {
                String urlHost = java.net.URI.create(serverUrl).getHost();
                helo = urlHost == null ? helo : urlHost;
            } catch (IllegalArgumentException e) {
                // a malformed SLIPWAY_URL only costs the EHLO name
            }
        }
        return new MailSettings(host, effectivePort(), from, startTls, ssl, credentialsId, Duration.ofSeconds(20), helo);
    }
}
