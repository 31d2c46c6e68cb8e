package io.slipway.agent.notify.mail;

import java.util.List;
import java.util.Objects;

/**
 * A mail as a step asked for it, before the server's settings apply: recipients, the optional sender and
 * reply-to (null means the server's default / none), subject, body, MIME type, charset and attachments.
 */
record MailDraft(Recipients recipients, String from, String replyTo, String subject, String body, String mimeType,
        String charset, List<Attachment> attachments) {

    MailDraft {
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        attachments = List.copyOf(attachments);
    }
}
