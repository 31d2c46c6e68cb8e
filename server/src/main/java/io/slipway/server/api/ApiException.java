package io.slipway.server.api;

import java.util.List;

/**
 * A request the server refuses, with the HTTP status and every field at fault. Services throw it;
 * {@link ApiErrors} renders it as {@code {"error": ..., "fields": [{"field", "reason"}]}}.
 * Messages carry context (job, build) and never a secret.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final List<FieldError> fields;

    public ApiException(int status, String message, List<FieldError> fields) {
        super(message);
        this.status = status;
        this.fields = List.copyOf(fields);
    }

    public static ApiException badRequest(String message, List<FieldError> fields) {
        return new ApiException(400, message, fields);
    }

    public static ApiException badField(String field, String reason) {
        return new ApiException(400, "invalid request: " + field + ": " + reason, List.of(new FieldError(field, reason)));
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, what + " not found", List.of());
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, message, List.of());
    }

    public int status() {
        return status;
    }

    public List<FieldError> fields() {
        return fields;
    }
}
