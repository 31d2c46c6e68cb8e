package io.slipway.server.kube;

import io.slipway.server.agent.AgentPool;
import io.slipway.server.agent.AgentRegistry;
import io.slipway.server.agent.AgentStatus;
import java.util.List;

/** {@link AgentAccess} over the server's agent registry (ephemeral tokens) and pool (who is connected). */
public final class PoolAgentAccess implements AgentAccess {

    private final AgentRegistry registry;
    private final AgentPool pool;

    public PoolAgentAccess(AgentRegistry registry, AgentPool pool) {
        this.registry = registry;
        this.pool = pool;
    }

    @Override
    public String issue(String name, String label) {
        return registry.issue(name, List.of(label), 1, true).token();
    }

    @Override
    public boolean online(String name) {
        return pool.status(name).map(AgentStatus::online).orElse(false);
    }

    @Override
    public void revoke(String name) {
        registry.revoke(name);
    }
}
