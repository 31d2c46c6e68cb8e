package io.slipway.agent.notify.mail;

import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Objects;

/**
 * One mail ready to send: addresses already parsed, subject and body already masked.
 *
 * @param mimeType {@code text/plain} or {@code text/html}
 * @param charset the body's and subject's character set
 */
public record MailMessage(InternetAddress from, List<InternetAddress> replyTo, List<InternetAddress> to,
        List<InternetAddress> cc, List<InternetAddress> bcc, String subject, String body, String mimeType,
        String charset, List<Attachment> attachments) {

    public MailMessage {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(charset, "charset");
        replyTo = List.copyOf(replyTo);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        attachments = List.copyOf(attachments);
    }

    /** Every recipient, for log lines. */
    public int recipientCount() {
        return to.size() + cc.size() + bcc.size();
    }
}
