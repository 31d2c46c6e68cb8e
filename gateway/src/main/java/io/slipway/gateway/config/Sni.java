package io.slipway.gateway.config;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Kong's SNI: a server name (or a wildcard such as {@code *.example.com}) served with a certificate. */
public record Sni(UUID id, String name, EntityRef certificate, List<String> tags, long createdAt, long updatedAt)
        implements Entity {

    public Sni {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(certificate, "certificate");
        tags = Lists.copyOrNull(tags);
    }

    public UUID certificateId() {
        return certificate.id();
    }
}
