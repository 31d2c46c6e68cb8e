package io.slipway.server.user;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import io.slipway.server.auth.CookieAuthenticator;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * The session cookie: HttpOnly, SameSite=Lax, Secure when the request came over https (directly or
 * as {@code X-Forwarded-Proto}) or {@code SLIPWAY_URL} is https. For API calls it is the
 * {@link CookieAuthenticator}: a state-changing call must carry the session's CSRF token in
 * {@value #CSRF_HEADER}, or it is refused with 403.
 */
public final class SessionCookie implements CookieAuthenticator {

    public static final String NAME = "slipway_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** The request attribute holding the {@link Session} once found. */
    public static final String SESSION = "slipway.session";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Sessions sessions;
    private final boolean alwaysSecure;

    public SessionCookie(Sessions sessions, SecuritySettings settings) {
        this.sessions = sessions;
        this.alwaysSecure = settings.httpsUrl();
    }

    /** The session this request carries (cached on the request). */
    public Optional<Session> session(Context ctx) {
        Session cached = ctx.attribute(SESSION);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Session> found = sessions.find(ctx.cookie(NAME));
        found.ifPresent(s -> ctx.attribute(SESSION, s));
        return found;
    }

    @Override
    public Optional<String> principal(Context ctx) {
        Optional<Session> session = session(ctx);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        if (!SAFE_METHODS.contains(ctx.method().name()) && !tokenMatches(session.get(), ctx.header(CSRF_HEADER))) {
            throw new ForbiddenResponse("missing or wrong " + CSRF_HEADER + " header for a call made with a session cookie");
        }
        return Optional.of(session.get().userName());
    }

    /** Whether a presented CSRF token is this session's, compared in constant time. */
    public static boolean tokenMatches(Session session, String presented) {
        return presented != null && MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    /** Sets the cookie of a new session. */
    public void set(Context ctx, Session session) {
        Cookie cookie = new Cookie(NAME, session.id(), "/", -1, secure(ctx), true, null, SameSite.LAX);
        ctx.cookie(cookie);
        ctx.attribute(SESSION, session);
    }

    /** Clears the cookie (logout). */
    public void clear(Context ctx) {
        ctx.cookie(new Cookie(NAME, "", "/", 0, secure(ctx), true, null, SameSite.LAX));
    }

    private boolean secure(Context ctx) {
        return alwaysSecure || "https".equalsIgnoreCase(ctx.scheme())
                || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
