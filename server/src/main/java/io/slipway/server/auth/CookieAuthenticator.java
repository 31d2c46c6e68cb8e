package io.slipway.server.auth;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Recognises a signed-in browser on an API call without a bearer token (the pages' own scripts call
 * the API this way). An implementation must refuse a state-changing call without the session's
 * CSRF token.
 */
@FunctionalInterface
public interface CookieAuthenticator {

    /** The user name of the session this request carries, empty when it carries none. */
    Optional<String> principal(Context ctx);
}
