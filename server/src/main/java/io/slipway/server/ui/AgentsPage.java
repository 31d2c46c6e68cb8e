package io.slipway.server.ui;

import io.javalin.http.Context;
import io.slipway.server.user.Role;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code /agents} (admins only): the registered remote agents with their status, labels, executors and the
 * builds they run, as {@code GET /api/agents} shows them. Creating and revoking stay in the API, since a new
 * agent's token must be copied once from the answer.
 */
final class AgentsPage {

    private final Pages pages;
    private final Supplier<List<Map<String, Object>>> agents;

    AgentsPage(Pages pages, Supplier<List<Map<String, Object>>> agents) {
        this.pages = pages;
        this.agents = agents;
    }

    void show(Context ctx) {
        pages.policy().require(Pages.user(ctx), Role.ADMIN, "see the agents");
        pages.render(ctx, "agents.ftlh", Views.map("title", "Agents", "agents", agents.get()));
    }
}
