package io.slipway.server.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.slipway.server.api.ApiException;
import io.slipway.server.auth.ApiTokens;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/users} and {@code /api/users/{name}/tokens} (admins only, checked by {@link ApiAccess}):
 * users with their role and environments, and their API tokens. A new token's value is in the
 * creation response only.
 */
public final class UsersApi {

    private final Users users;
    private final ApiTokens tokens;
    private final ObjectMapper json;

    public UsersApi(Users users, ApiTokens tokens, ObjectMapper json) {
        this.users = users;
        this.tokens = tokens;
        this.json = json;
    }

    public void list(Context ctx) {
        ctx.json(users.list().stream().map(UserView::of).toList());
    }

    public void get(Context ctx) {
        ctx.json(UserView.of(users.get(ctx.pathParam("name"))));
    }

    /** {@code {"name", "password", "role", "environments": [...]}}. */
    public void create(Context ctx) throws IOException {
        JsonNode body = body(ctx);
        var request = UserRequest.of(body.path("name").asText(null), body.path("password").asText(null),
                body.path("role").asText("viewer"), environments(body), true);
        ctx.status(201).json(UserView.of(users.create(request)));
    }

    /** {@code {"role", "environments", "password" (optional)}}; unspecified role/environments stay. */
    public void update(Context ctx) throws IOException {
        User existing = users.get(ctx.pathParam("name"));
        JsonNode body = body(ctx);
        List<String> environments = body.has("environments") ? environments(body)
                : new ArrayList<>(existing.environments());
        var request = UserRequest.of(existing.name(), body.path("password").asText(null),
                body.path("role").asText(existing.role().word()), environments, false);
        ctx.json(UserView.of(users.update(request)));
    }

    public void delete(Context ctx) {
        users.delete(ctx.pathParam("name"));
        ctx.status(204);
    }

    public void tokens(Context ctx) {
        User user = users.get(ctx.pathParam("name"));
        ctx.json(tokens.of(user.name()).stream().map(t -> Map.of("id", t.tokenId(), "label",
                t.label() == null ? "" : t.label(), "createdAt", t.createdAt())).toList());
    }

    /** {@code {"label"}} -> 201 {@code {"id", "label", "token"}}; the token is shown this once. */
    public void createToken(Context ctx) throws IOException {
        User user = users.get(ctx.pathParam("name"));
        String label = body(ctx).path("label").asText("").trim();
        if (label.isEmpty() || label.length() > 200) {
            throw ApiException.badField("label", "must be 1-200 characters saying what the token is for");
        }
        ctx.status(201).json(tokens.issue(user.name(), label));
    }

    public void revokeToken(Context ctx) {
        User user = users.get(ctx.pathParam("name"));
        if (!tokens.revoke(user.name(), ctx.pathParam("id"))) {
            throw ApiException.notFound("token '" + ctx.pathParam("id") + "' of user '" + user.name() + "'");
        }
        ctx.status(204);
    }

    private JsonNode body(Context ctx) throws IOException {
        String text = ctx.body();
        JsonNode node = text.isBlank() ? json.createObjectNode() : json.readTree(text);
        if (!node.isObject()) {
            throw ApiException.badField("body", "must be a JSON object");
        }
        return node;
    }

    private static List<String> environments(JsonNode body) {
        List<String> result = new ArrayList<>();
        JsonNode node = body.path("environments");
        if (node.isArray()) {
            node.forEach(n -> result.add(n.asText()));
        } else if (node.isTextual()) {
            result.add(node.asText());
        }
        return result;
    }
}
