package io.slipway.server.agent;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import io.slipway.agent.remote.RemoteAgent;
import io.slipway.agent.remote.protocol.Message;
import io.slipway.agent.remote.protocol.Messages;
import io.slipway.server.api.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agents' WebSocket, {@code /agent/connect}: the upgrade needs the agent's own token as a bearer token
 * (a wrong or revoked one gets 401 with a JSON body before any upgrade). The name an agent asks for with
 * {@code --name} comes in the {@value RemoteAgent#NAME_HEADER} header: a malformed one gets 400, one that
 * another online agent uses 409, both with a JSON body naming the field {@code name}. The first message is the
 * agent's {@link Message.Hello}, every later one goes to its session in {@link AgentPool}.
 */
public final class AgentSocket {

    public static final String PATH = "/agent/connect";
    private static final long MAX_MESSAGE_BYTES = 64L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(AgentSocket.class);

    private final AgentRegistry registry;
    private final AgentPool pool;
    private final Map<String, String> agentOfSession = new ConcurrentHashMap<>();

    public AgentSocket(AgentRegistry registry, AgentPool pool) {
        this.registry = registry;
        this.pool = pool;
    }

    public void register(RoutesConfig routes) {
        routes.wsBeforeUpgrade(PATH, this::checkHandshake);
        routes.ws(PATH, this::configure);
    }

    private void checkHandshake(Context ctx) {
        Optional<Agent> agent = authenticate(ctx.header("Authorization"));
        if (agent.isEmpty()) {
            refuse(ctx, new ApiException(401, "agent token missing, wrong or revoked", List.of()));
        }
        String asked = ctx.header(RemoteAgent.NAME_HEADER);
        if (asked != null) {
            Optional<ApiException> refused = AgentNames.check(asked)
                    .or(() -> pool.nameTaken(asked, agent.get().name()).map(other -> AgentNames.taken(asked)));
            refused.ifPresent(e -> refuse(ctx, e));
        }
    }

    /** Answers {@code e} as JSON and ends the upgrade; the exception mapper's body is lost on the upgrade path. */
    private static void refuse(Context ctx, ApiException e) {
        try {
            var res = ctx.res();
            res.setStatus(e.status());
            res.setContentType("application/json");
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("error", e.getMessage());
            body.put("fields", e.fields());
            res.getWriter().write(Messages.mapper().writeValueAsString(body));
            res.flushBuffer();
        } catch (java.io.IOException io) {
            LOG.debug("cannot answer a refused agent: {}", io.toString());
        }
        throw e;
    }

    private Optional<Agent> authenticate(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return registry.authenticate(header.substring(7));
    }

    private void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            ctx.session.setIdleTimeout(java.time.Duration.ofMillis(
                    Math.max(30_000, pool.settings().heartbeatTimeout().toMillis() * 2)));
            // a step's result may carry a large value (sh returnStdout); the default 64 KiB would close the socket
            ctx.session.setMaxTextMessageSize(MAX_MESSAGE_BYTES);
        });
        ws.onMessage(ctx -> {
            Message message;
            try {
                message = Messages.read(ctx.message());
            } catch (IllegalArgumentException e) {
                LOG.warn("agent connection {}: {}", ctx.sessionId(), e.getMessage());
                return;
            }
            if (message instanceof Message.Hello hello) {
                hello(ctx, hello);
                return;
            }
            String agent = agentOfSession.get(ctx.sessionId());
            if (agent != null) {
                pool.received(agent, message);
            }
        });
        ws.onClose(ctx -> {
            String agent = agentOfSession.remove(ctx.sessionId());
            if (agent != null) {
                pool.disconnected(agent, ctx);
            }
        });
        ws.onError(ctx -> LOG.debug("agent connection {} failed: {}", ctx.sessionId(), String.valueOf(ctx.error())));
    }

    private void hello(WsContext ctx, Message.Hello hello) {
        // checked again: the agent may have been revoked between the upgrade and its hello
        Optional<Agent> agent = authenticate(ctx.header("Authorization"));
        if (agent.isEmpty()) {
            ctx.closeSession(4401, "agent token revoked");
            return;
        }
        String asked = ctx.header(RemoteAgent.NAME_HEADER);
        String name = asked != null && AgentNames.check(asked).isEmpty() ? asked : agent.get().name();
        Optional<String> taken = pool.connected(ctx, agent.get(), hello, name);
        if (taken.isPresent()) {
            // another agent took the name between this one's upgrade and its hello
            String reason = AgentNames.taken(name).getMessage();
            ctx.closeSession(RemoteAgent.CLOSE_NAME_REFUSED, reason.length() > 120 ? reason.substring(0, 120) : reason);
            return;
        }
        agentOfSession.put(ctx.sessionId(), agent.get().name());
        LOG.info("agent {} connected{} (labels {}, {} executors)", name, name.equals(agent.get().name()) ? ""
                : " with the token of " + agent.get().name(), hello.labels(), hello.executors());
    }
}
