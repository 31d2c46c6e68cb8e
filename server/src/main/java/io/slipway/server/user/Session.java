package io.slipway.server.user;

/**
 * A signed-in browser: the cookie value ({@code id}, known only to the browser and this object; the
 * store keeps its hash), the user's name and the session's CSRF token.
 */
public record Session(String id, String userName, String csrfToken) {
}
