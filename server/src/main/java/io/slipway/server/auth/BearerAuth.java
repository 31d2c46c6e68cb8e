package io.slipway.server.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;

/**
 * Guards {@code /api/**}: a request needs {@code Authorization: Bearer TOKEN} with a known token, or
 * a browser session recognised by the {@link CookieAuthenticator}.
 * The principal's name is left in the request attribute {@link #PRINCIPAL} for handlers (input
 * submitter, audit). {@code /api/health} stays open so that probes need no secret.
 */
public final class BearerAuth implements Handler {

    public static final String PRINCIPAL = "slipway.principal";
    private static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;
    private final CookieAuthenticator cookies;

    public BearerAuth(ApiTokens tokens) {
        this(tokens, ctx -> java.util.Optional.empty());
    }

    /** Also accepts a browser session (without an Authorization header) through {@code cookies}. */
    public BearerAuth(ApiTokens tokens, CookieAuthenticator cookies) {
        this.tokens = tokens;
        this.cookies = cookies;
    }

    @Override
    public void handle(Context ctx) {
        if (ctx.path().equals("/api/health")) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null) {
            java.util.Optional<String> user = cookies.principal(ctx);
            if (user.isPresent()) {
                ctx.attribute(PRINCIPAL, user.get());
                return;
            }
        }
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new UnauthorizedResponse("missing 'Authorization: Bearer TOKEN' header");
        }
        String token = header.substring(PREFIX.length()).trim();
        String principal = tokens.principalOf(token)
                .orElseThrow(() -> new UnauthorizedResponse("unknown or revoked API token"));
        ctx.attribute(PRINCIPAL, principal);
    }
}
