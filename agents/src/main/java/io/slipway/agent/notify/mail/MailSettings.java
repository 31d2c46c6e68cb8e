package io.slipway.agent.notify.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * The SMTP server mail steps use, offered by the engine through
 * {@link io.slipway.agent.step.BuildExtensions}.
 *
 * @param host the SMTP host, or null when mail is not configured
 * @param port the SMTP port
 * @param from the default sender address, or null
 * @param startTls whether to require STARTTLS on a plain connection
 * @param ssl whether to connect with implicit TLS (SMTPS, usually port 465)
 * @param credentialsId the id of a {@code usernamePassword} credential for SMTP AUTH, or null
 * @param timeout connect, read and write timeout of one try
 * @param heloName the name this side gives in SMTP's EHLO (the server's public host name); given, so that
 *     jakarta.mail never looks up the local host's name
 */
public record MailSettings(String host, int port, String from, boolean startTls, boolean ssl, String credentialsId,
        Duration timeout, String heloName) {

    public MailSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(heloName, "heloName");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP port must be 1-65535, was " + port);
        }
        if (startTls && ssl) {
            throw new IllegalArgumentException("choose STARTTLS or SSL for SMTP, not both");
        }
    }

    /** Whether a host is set. */
    public boolean configured() {
        return host != null && !host.isBlank();
    }

    /** {@code host:port}, for messages. */
    public String address() {
        return host + ":" + port;
    }
}
