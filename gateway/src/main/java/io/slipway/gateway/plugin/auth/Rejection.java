package io.slipway.gateway.plugin.auth;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.slipway.gateway.filter.Exchange;
import java.nio.charset.StandardCharsets;

/**
 * Why an authentication plugin refuses a request: a status with Kong's {@code {"message"}} body, or
 * with a JSON body of its own (the jwt plugin's claim errors), and an optional
 * {@code WWW-Authenticate} challenge. The constant rejections are built once; headers are made only
 * when a refusal is actually sent.
 */
record Rejection(int status, String message, byte[] jsonBody, String challenge) {

    static Rejection of(int status, String message) {
        return new Rejection(status, message, null, null);
    }

    static Rejection challenged(int status, String message, String challenge) {
        return new Rejection(status, message, null, challenge);
    }

    static Rejection withBody(int status, String json) {
        return new Rejection(status, null, json.getBytes(StandardCharsets.UTF_8), null);
    }

    void send(Exchange exchange) {
        HttpHeaders headers = new DefaultHttpHeaders();
        if (challenge != null) {
            headers.set(HttpHeaderNames.WWW_AUTHENTICATE, challenge);
        }
        if (jsonBody != null) {
            headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8");
            exchange.respond(status, headers, jsonBody);
        } else {
            exchange.respondJson(status, message, headers);
        }
    }
}
