package io.slipway.server.ui;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.slipway.server.api.ApiException;
import io.slipway.server.api.FieldError;
import io.slipway.server.audit.AuditLog;
import io.slipway.server.auth.ApiTokens;
import io.slipway.server.user.Role;
import io.slipway.server.user.User;
import io.slipway.server.user.UserRequest;
import io.slipway.server.user.UserView;
import io.slipway.server.user.Users;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /users} (admins only): users with their roles and environments, creating, changing and
 * removing them, and each user's API tokens ({@code /users/{name}}), whose value is shown once.
 */
final class UsersPage {

    private final Pages pages;
    private final Users users;
    private final ApiTokens tokens;
    private final AuditLog audit;

    UsersPage(Pages pages, Users users, ApiTokens tokens, AuditLog audit) {
        this.pages = pages;
        this.users = users;
        this.tokens = tokens;
        this.audit = audit;
    }

    void list(Context ctx) {
        admin(ctx);
        showList(ctx, Map.of(), Map.of(), null);
    }

    void create(Context ctx) {
        User me = admin(ctx);
        try {
            UserRequest request = UserRequest.of(ctx.formParam("name"), ctx.formParam("password"),
                    ctx.formParam("role"), List.of(nonNull(ctx.formParam("environments"))), true);
            User created = users.create(request);
            audit.record(me.name(), "user.create", created.name(), "role " + created.role().word());
            ctx.redirect("/users", HttpStatus.SEE_OTHER);
        } catch (ApiException e) {
            ctx.status(e.status());
            showList(ctx, errors(e), Map.of("name", nonNull(ctx.formParam("name")),
                    "role", nonNull(ctx.formParam("role")), "environments", nonNull(ctx.formParam("environments"))),
                    e.getMessage());
        }
    }

    void show(Context ctx) {
        admin(ctx);
        showUser(ctx, users.get(ctx.pathParam("name")), Map.of(), null, null);
    }

    void update(Context ctx) {
        User me = admin(ctx);
        User user = users.get(ctx.pathParam("name"));
        try {
            UserRequest request = UserRequest.of(user.name(), ctx.formParam("password"), ctx.formParam("role"),
                    List.of(nonNull(ctx.formParam("environments"))), false);
            User updated = users.update(request);
            audit.record(me.name(), "user.update", updated.name(), "role " + updated.role().word()
                    + (request.password() != null ? ", password changed" : ""));
            ctx.redirect("/users/" + Links.path(user.name()), HttpStatus.SEE_OTHER);
        } catch (ApiException e) {
            ctx.status(e.status());
            showUser(ctx, user, errors(e), e.getMessage(), null);
        }
    }

    void delete(Context ctx) {
        User me = admin(ctx);
        String name = ctx.pathParam("name");
        users.delete(name);
        audit.record(me.name(), "user.delete", name, null);
        ctx.redirect("/users", HttpStatus.SEE_OTHER);
    }

    void createToken(Context ctx) {
        User me = admin(ctx);
        User user = users.get(ctx.pathParam("name"));
        String label = nonNull(ctx.formParam("label")).trim();
        if (label.isEmpty() || label.length() > 200) {
            ctx.status(400);
            showUser(ctx, user, Map.of("label", "must be 1-200 characters saying what the token is for"),
                    "invalid token label", null);
            return;
        }
        ApiTokens.Issued issued = tokens.issue(user.name(), label);
        audit.record(me.name(), "token.create", user.name() + " " + issued.id(), label);
        showUser(ctx, user, Map.of(), null, issued);
    }

    void revokeToken(Context ctx) {
        User me = admin(ctx);
        User user = users.get(ctx.pathParam("name"));
        String id = ctx.pathParam("id");
        if (!tokens.revoke(user.name(), id)) {
            throw ApiException.notFound("token '" + id + "' of user '" + user.name() + "'");
        }
        audit.record(me.name(), "token.revoke", user.name() + " " + id, null);
        ctx.redirect("/users/" + Links.path(user.name()), HttpStatus.SEE_OTHER);
    }

    private void showList(Context ctx, Map<String, String> errors, Map<String, String> values, String problem) {
        pages.render(ctx, "users.ftlh", Views.map("title", "Users", "users",
                users.list().stream().map(UserView::of).toList(), "roles", roles(), "errors", errors,
                "values", values, "problem", problem));
    }

    private void showUser(Context ctx, User user, Map<String, String> errors, String problem, ApiTokens.Issued issued) {
        Map<String, Object> model = Views.map("title", "User " + user.name(), "user", UserView.of(user),
                "environments", String.join(", ", user.environments()), "roles", roles(), "errors", errors,
                "problem", problem, "tokens", tokens.of(user.name()).stream().map(t -> Views.map("id", t.tokenId(),
                        "label", t.label(), "createdAt", Formats.time(t.createdAt()))).toList());
        if (issued != null) {
            model.put("issued", Views.map("id", issued.id(), "label", issued.label(), "token", issued.token()));
        }
        pages.render(ctx, "user.ftlh", model);
    }

    private User admin(Context ctx) {
        User me = Pages.user(ctx);
        pages.policy().require(me, Role.ADMIN, "manage users");
        return me;
    }

    private static List<String> roles() {
        return Arrays.stream(Role.values()).map(Role::word).toList();
    }

    private static Map<String, String> errors(ApiException e) {
        Map<String, String> errors = new HashMap<>();
        for (FieldError f : e.fields()) {
            errors.merge(f.field(), f.reason(), (a, b) -> a + "; " + b);
        }
        return errors;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
