package io.slipway.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.slipway.server.agent.Agent;
import io.slipway.server.agent.AgentPool;
import io.slipway.server.agent.AgentRegistry;
import io.slipway.server.agent.AgentStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/agents} (admin only): create an agent (its token is in the 201 answer and nowhere else), list and
 * show agents with their connection status, revoke one. No answer ever holds a token after creation. An agent's
 * {@code id} is the name it was created with (its token's); {@code name} is the one it is shown by, the
 * {@code --name} it connected with, else the id. The paths take either: the id, or the name of an online agent.
 */
public final class AgentsApi {

    private final AgentRegistry registry;
    private final AgentPool pool;
    private final ObjectMapper json;

    public AgentsApi(AgentRegistry registry, AgentPool pool, ObjectMapper json) {
        this.registry = registry;
        this.pool = pool;
        this.json = json;
    }

    void create(Context ctx) throws IOException {
        JsonNode body = ctx.body().isBlank() ? json.createObjectNode() : json.readTree(ctx.body());
        if (body == null || !body.isObject()) {
            throw ApiException.badField("body", "must be a JSON object");
        }
        JsonNode name = body.path("name");
        if (!name.isTextual()) {
            throw ApiException.badField("name", "is required (text)");
        }
        List<String> labels = new ArrayList<>();
        JsonNode given = body.path("labels");
        if (!given.isMissingNode() && !given.isNull()) {
            if (!given.isArray()) {
                throw ApiException.badField("labels", "must be a list of texts");
            }
            for (int i = 0; i < given.size(); i++) {
                if (!given.get(i).isTextual()) {
                    throw ApiException.badField("labels[" + i + "]", "must be text");
                }
                labels.add(given.get(i).asText());
            }
        }
        JsonNode executors = body.path("executors");
        if (!executors.isMissingNode() && !executors.isNull() && !executors.canConvertToExactIntegral()) {
            throw ApiException.badField("executors", "must be a whole number");
        }
        var issued = registry.issue(name.asText(), labels, executors.isMissingNode() || executors.isNull()
                ? 1 : executors.asInt(), body.path("ephemeral").asBoolean(false));
        ctx.status(201).json(Map.of("id", issued.name(), "name", issued.name(), "token", issued.token()));
    }

    void list(Context ctx) {
        ctx.json(registry.list().stream().map(this::view).toList());
    }

    void get(Context ctx) {
        String name = ctx.pathParam("name");
        ctx.json(view(registry.find(id(name)).orElseThrow(() -> ApiException.notFound("agent '" + name + "'"))));
    }

    void delete(Context ctx) {
        String name = ctx.pathParam("name");
        if (!registry.revoke(id(name))) {
            throw ApiException.notFound("agent '" + name + "'");
        }
        ctx.status(204);
    }

    /** The id of the agent a path names: an id as it is, else the id of the online agent shown by that name. */
    private String id(String name) {
        if (registry.find(name).isPresent()) {
            return name;
        }
        return pool.registeredNameShowing(name).orElse(name);
    }

    /** Every agent as {@code GET /api/agents} shows it (for the agents page). */
    public List<Map<String, Object>> views() {
        return registry.list().stream().map(this::view).toList();
    }

    private Map<String, Object> view(Agent agent) {
        var status = pool.status(agent.name());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", agent.name());
        view.put("name", status.map(AgentStatus::name).orElse(agent.name()));
        view.put("labels", status.map(AgentStatus::labels).filter(l -> !l.isEmpty()).orElse(agent.labels()));
        view.put("executors", status.map(AgentStatus::executors).filter(n -> n > 0).orElse(agent.executors()));
        view.put("ephemeral", agent.ephemeral());
        view.put("status", status.filter(AgentStatus::online).isPresent() ? "online" : "offline");
        view.put("createdAt", agent.createdAt().toString());
        view.put("connectedAt", status.map(AgentStatus::connectedAt).map(Instant::toString).orElse(null));
        view.put("lastSeen", status.map(AgentStatus::lastSeen).map(Instant::toString).orElse(null));
        view.put("runningBuilds", status.map(AgentStatus::builds).orElse(List.of()));
        return view;
    }

    /** Registers the paths (called from {@link Routes}). */
    void register(io.javalin.config.RoutesConfig routes) {
        routes.post("/api/agents", this::create);
        routes.get("/api/agents", this::list);
        routes.get("/api/agents/{name}", this::get);
        routes.delete("/api/agents/{name}", this::delete);
    }
}
