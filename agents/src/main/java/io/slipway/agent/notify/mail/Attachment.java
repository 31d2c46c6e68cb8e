package io.slipway.agent.notify.mail;

import java.util.Objects;

/** A file attached to a mail: its name as the reader sees it, its bytes and content type. */
public record Attachment(String fileName, byte[] content, String contentType) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
    }
}
