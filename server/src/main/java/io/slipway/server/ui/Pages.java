package io.slipway.server.ui;

import io.javalin.http.Context;
import io.slipway.server.user.ReleasePolicy;
import io.slipway.server.user.Session;
import io.slipway.server.user.SessionCookie;
import io.slipway.server.user.User;
import io.slipway.server.user.UserView;
import io.slipway.web.PageRenderer;
import java.util.HashMap;
import java.util.Map;

/**
 * What every page controller shares: rendering a template with the signed-in user, the session's
 * CSRF token (every form carries it as {@value #CSRF_FIELD}) and the navigation. Thread-safe.
 */
final class Pages {

    /** The form field of the synchronizer CSRF token. */
    static final String CSRF_FIELD = "_csrf";
    /** The request attribute holding the signed-in user on page requests. */
    static final String USER = "slipway.page.user";

    private final PageRenderer renderer;
    private final ReleasePolicy policy;

    Pages(PageRenderer renderer, ReleasePolicy policy) {
        this.renderer = renderer;
        this.policy = policy;
    }

    ReleasePolicy policy() {
        return policy;
    }

    /** Renders a page for the signed-in user. */
    void render(Context ctx, String template, Map<String, ?> model) {
        Map<String, Object> all = new HashMap<>(model);
        User user = ctx.attribute(USER);
        Session session = ctx.attribute(SessionCookie.SESSION);
        if (user != null) {
            all.put("me", UserView.of(user));
            all.put("isAdmin", user.has(io.slipway.server.user.Role.ADMIN));
            all.put("isDeveloper", user.has(io.slipway.server.user.Role.DEVELOPER));
        }
        all.put("csrf", session == null ? "" : session.csrfToken());
        all.put("protectedEnvironments", String.join(", ", policy.protectedEnvironments()));
        ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY").header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
                .result(renderer.render(template, all));
    }

    /** Renders the error page with a status. */
    void error(Context ctx, int status, String title, String message) {
        ctx.status(status);
        render(ctx, "error.ftlh", Map.of("title", title, "message", message, "status", status));
    }

    static User user(Context ctx) {
        return ctx.attribute(USER);
    }
}
