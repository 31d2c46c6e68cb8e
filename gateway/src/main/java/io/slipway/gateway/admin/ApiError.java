package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An Admin API answer other than success, with its JSON body in Kong's shape. */
final class ApiError extends RuntimeException {

    private final int status;
    private final ObjectNode body;

    ApiError(int status, ObjectNode body) {
        super(body.path("message").asText(), null, false, false);
        this.status = status;
        this.body = body;
    }

    int status() { return status; }

    ObjectNode body() { return body; }

    static ApiError message(int status, String message) {
        return new ApiError(status, JsonNodeFactory.instance.objectNode().put("message", message));
    }

    static ApiError notFound() {
        return message(404, "Not found");
    }

    static ApiError badRequest(String message) {
        return message(400, message);
    }

    /** Kong's error with a name and code, e.g. invalid size (9) or invalid offset (7). */
    static ApiError coded(int status, int code, String name, String message) {
        return new ApiError(status, JsonNodeFactory.instance.objectNode()
                .put("message", message).put("name", name).put("code", code));
    }
}
