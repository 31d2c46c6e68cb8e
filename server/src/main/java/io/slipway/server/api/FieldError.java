package io.slipway.server.api;

/** One thing wrong with a request: the field (a JSON path such as {@code repository.url}) and why. */
public record FieldError(String field, String reason) {
}
