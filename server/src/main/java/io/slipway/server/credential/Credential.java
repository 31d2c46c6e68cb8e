package io.slipway.server.credential;

import java.util.Map;
import java.util.Objects;

/**
 * A credential with its secret fields in clear text, as a build binds it. Never rendered by the
 * API and never logged; {@link #toString} leaves the values out.
 */
public record Credential(String id, CredentialType type, String description, Map<String, String> secrets) {

    public Credential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        secrets = Map.copyOf(secrets);
    }

    /** A secret field, or null when this credential does not have it. */
    public String secret(String field) {
        return secrets.get(field);
    }

    @Override
    public String toString() {
        return "Credential[" + id + ", " + type.word() + "]";
    }
}
