package io.slipway.server.ui;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.slipway.server.user.Session;
import io.slipway.server.user.SessionCookie;
import io.slipway.server.user.User;
import io.slipway.server.user.Users;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Guards every page: without a live session a GET is sent to {@code /login?next=...} and anything
 * else is refused; a POST whose form lacks the session's CSRF token (a forged form) is refused with
 * 403 before any handler runs. Only the UI's own page routes are guarded ({@link #PAGES}).
 */
final class PageGuard implements Handler {

    private final SessionCookie cookie;
    private final Users users;
    private final Pages pages;

    PageGuard(SessionCookie cookie, Users users, Pages pages) {
        this.cookie = cookie;
        this.users = users;
        this.pages = pages;
    }

    /** Pages are the routes of {@link UiRoutes} outside {@code /api}, {@code /static} and {@code /login}. */
    static boolean isPage(Context ctx) {
        return io.slipway.server.user.MatchedRoute.of(ctx).map(r -> PAGES.contains(r.path())).orElse(false);
    }

    /** Every page path {@link UiRoutes} registers; other servers' paths (e.g. {@code /git/notifyCommit}) are not guarded here. */
    static final java.util.Set<String> PAGES = java.util.Set.of("/", "/logout", "/jobs/{name}", "/jobs/{name}/build",
            "/jobs/{name}/builds/{number}", "/jobs/{name}/builds/{number}/state", "/jobs/{name}/builds/{number}/abort",
            "/jobs/{name}/builds/{number}/input/{id}", "/jobs/{name}/builds/{number}/artifacts/<path>", "/users",
            "/users/{name}", "/users/{name}/delete", "/users/{name}/tokens", "/users/{name}/tokens/{id}/revoke",
            "/credentials", "/credentials/{id}/delete", "/audit", "/gateway", "/deployments", "/jobs/{name}/deployments",
            "/jobs/{name}/deployments/{id}/rollback", "/agents");

    @Override
    public void handle(Context ctx) {
        if (!isPage(ctx)) {
            return;
        }
        Optional<Session> session = cookie.session(ctx);
        Optional<User> user = session.flatMap(s -> users.find(s.userName()));
        boolean get = ctx.method().name().equals("GET") || ctx.method().name().equals("HEAD");
        if (user.isEmpty()) {
            if (get) {
                String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
                ctx.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
                ctx.skipRemainingHandlers();
            } else {
                refuse(ctx, 401, "Not signed in", "Sign in first: your session has ended or never began.");
            }
            return;
        }
        ctx.attribute(Pages.USER, user.get());
        if (!get && !SessionCookie.tokenMatches(session.get(), ctx.formParam(Pages.CSRF_FIELD))) {
            refuse(ctx, 403, "Forged request refused",
                    "This form did not carry your session's CSRF token, so it was not sent by a Slipway page. Nothing was changed.");
        }
    }

    private void refuse(Context ctx, int status, String title, String message) {
        pages.error(ctx, status, title, message);
        ctx.skipRemainingHandlers();
    }
}
