package io.slipway.server.credential;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.api.ApiException;
import io.slipway.server.api.FieldError;
import io.slipway.server.job.JobNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A credential as a client sends it: {@code {"id", "type", "description"?, ...secret fields}}, where
 * the secret fields depend on the type (string: {@code secret}; usernamePassword: {@code username},
 * {@code password}; file: {@code content}, {@code fileName}?; sshKey: {@code privateKey},
 * {@code username}?, {@code passphrase}?). Errors name fields, never their values.
 */
public final class CredentialRequest {

    private CredentialRequest() {
    }

    /** Reads and checks a body; {@code pathId} is the id from the URL for PUT, else null. */
    public static Credential from(JsonNode body, String pathId) {
        if (body == null || !body.isObject()) {
            throw ApiException.badField("body", "must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        String id = text(body, "id", errors);
        if (pathId != null) {
            if (id == null) {
                id = pathId;
            } else if (!id.equals(pathId)) {
                errors.add(new FieldError("id", "must match the id in the URL ('" + pathId + "')"));
            }
        }
        JobNames.problem(id).ifPresent(reason -> errors.add(new FieldError("id", reason)));
        String description = text(body, "description", errors);
        CredentialType type = null;
        String typeText = text(body, "type", errors);
        if (typeText == null) {
            errors.add(new FieldError("type", "is required: one of " + CredentialType.allowed()));
        } else {
            try {
                type = CredentialType.parse(typeText);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("type", e.getMessage()));
            }
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        if (type != null) {
            for (String field : type.required()) {
                String value = text(body, field, errors);
                if (value == null || value.isEmpty()) {
                    errors.add(new FieldError(field, "is required for type '" + type.word() + "'"));
                } else {
                    secrets.put(field, value);
                }
            }
            for (String field : type.optional()) {
                String value = text(body, field, errors);
                if (value != null) {
                    secrets.put(field, value);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("invalid credential", errors);
        }
        return new Credential(id, type, description, secrets);
    }

    private static String text(JsonNode node, String field, List<FieldError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        return value.asText();
    }
}
