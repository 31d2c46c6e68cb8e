package io.slipway.server.ui;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.slipway.server.audit.AuditLog;
import io.slipway.server.user.LoginThrottle;
import io.slipway.server.user.Session;
import io.slipway.server.user.SessionCookie;
import io.slipway.server.user.Sessions;
import io.slipway.server.user.User;
import io.slipway.server.user.Users;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /login} and {@code /logout}. The login form has no session yet, so its CSRF token is a
 * double-submit cookie ({@value #LOGIN_COOKIE}) repeated in the form. Failed logins are throttled per
 * user name and per client address (429 with the wait); a success starts a new session.
 */
final class LoginPage {

    static final String LOGIN_COOKIE = "slipway_login";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Pages pages;
    private final Users users;
    private final Sessions sessions;
    private final SessionCookie cookie;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    LoginPage(Pages pages, Users users, Sessions sessions, SessionCookie cookie, LoginThrottle throttle, AuditLog audit) {
        this.pages = pages;
        this.users = users;
        this.sessions = sessions;
        this.cookie = cookie;
        this.throttle = throttle;
        this.audit = audit;
    }

    void form(Context ctx) {
        show(ctx, 200, ctx.queryParam("next"), "", null);
    }

    void submit(Context ctx) {
        String name = trim(ctx.formParam("username"));
        String password = ctx.formParam("password");
        String next = ctx.formParam("next");
        String expected = ctx.cookie(LOGIN_COOKIE);
        String presented = ctx.formParam(Pages.CSRF_FIELD);
        if (expected == null || presented == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8))) {
            show(ctx, 403, next, name, "This sign-in form was not sent by this Slipway page (CSRF token missing). Try again.");
            return;
        }
        Optional<Duration> wait = throttle.blockedFor(name, ctx.ip());
        if (wait.isPresent()) {
            ctx.header("Retry-After", Long.toString(wait.get().toSeconds()));
            show(ctx, 429, next, name, "Too many failed sign-ins for this user or from this address. Try again in "
                    + Math.max(1, wait.get().toMinutes() + 1) + " minute(s).");
            return;
        }
        Optional<User> user = users.authenticate(name, password);
        if (user.isEmpty()) {
            throttle.failed(name, ctx.ip());
            audit.record(name.isEmpty() ? "anonymous" : name, "user.login-failed", name, "from " + ctx.ip());
            show(ctx, 401, next, name, "Wrong user name or password.");
            return;
        }
        throttle.succeeded(name);
        cookie.session(ctx).ifPresent(old -> sessions.end(old.id()));
        Session session = sessions.start(user.get().name());
        cookie.set(ctx, session);
        ctx.cookie(new Cookie(LOGIN_COOKIE, "", "/login", 0, false, true, null, SameSite.STRICT));
        audit.record(user.get().name(), "user.login", user.get().name(), "from " + ctx.ip());
        ctx.redirect(safeNext(next), HttpStatus.SEE_OTHER);
    }

    void logout(Context ctx) {
        cookie.session(ctx).ifPresent(s -> {
            sessions.end(s.id());
            audit.record(s.userName(), "user.logout", s.userName(), null);
        });
        cookie.clear(ctx);
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, int status, String next, String name, String error) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ctx.cookie(new Cookie(LOGIN_COOKIE, token, "/login", -1, false, true, null, SameSite.STRICT));
        Map<String, Object> model = new HashMap<>();
        model.put("loginCsrf", token);
        model.put("next", safeNext(next));
        model.put("username", name == null ? "" : name);
        if (error != null) {
            model.put("error", error);
        }
        ctx.status(status);
        pages.render(ctx, "login.ftlh", model);
    }

    /** Only a path on this server, never another site ("//host" or "https://..."). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.startsWith("/login")) {
            return "/";
        }
        return next;
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
