package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.gateway.config.KongJson;
import java.nio.charset.StandardCharsets;

/** What a handler answers: status, content type and body bytes (empty for 204). */
record Reply(int status, String contentType, byte[] body) {

    static final String JSON = "application/json; charset=utf-8";

    static Reply json(int status, JsonNode body) {
        return new Reply(status, JSON, KongJson.write(body).getBytes(StandardCharsets.UTF_8));
    }

    static Reply text(int status, String contentType, String body) {
        return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static Reply noContent() {
        return new Reply(204, null, new byte[0]);
    }
}
