package io.slipway.agent.consul;

import io.slipway.agent.step.StepFailure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kiwiproject.consul.AgentClient;
import org.kiwiproject.consul.Consul;
import org.kiwiproject.consul.ConsulException;
import org.kiwiproject.consul.model.agent.ImmutableRegistration;
import org.kiwiproject.consul.model.agent.Registration;
import org.kiwiproject.consul.model.health.Service;

/**
 * Registers, finds and deregisters service instances at a Consul agent through consul-client, one client per
 * agent (kept for reuse). The check of an entry travels in the registration's {@code Meta}
 * ({@code slipway-check-http}, {@code slipway-check-interval}) because Consul's agent API does not give a
 * check's definition back; so what {@link #find} returns can be registered again as it was. Thread-safe.
 */
public final class ConsulRegistry {

    static final String META_CHECK_HTTP = "slipway-check-http";
    static final String META_CHECK_INTERVAL = "slipway-check-interval";

    private final Map<ConsulSettings, Consul> clients = new ConcurrentHashMap<>();

    /** The instance registered with {@code id}, if any. */
    public Optional<ConsulEntry> find(ConsulSettings settings, String id) {
        Service service = call(settings, "read the services of", () -> agent(settings).getServices()).get(id);
        if (service == null) {
            return Optional.empty();
        }
        Map<String, String> meta = service.getMeta() == null ? Map.of() : service.getMeta();
        long interval = 0;
        try {
            interval = Long.parseLong(meta.getOrDefault(META_CHECK_INTERVAL, "0"));
        } catch (NumberFormatException e) {
            interval = 0;
        }
        return Optional.of(new ConsulEntry(service.getId(), service.getService(), service.getAddress(),
                service.getPort(), service.getTags() == null ? List.of() : service.getTags(),
                meta.get(META_CHECK_HTTP), interval));
    }

    /** Registers (or re-registers) {@code entry}. */
    public void register(ConsulSettings settings, ConsulEntry entry) {
        ImmutableRegistration.Builder registration = ImmutableRegistration.builder().id(entry.id())
                .name(entry.service()).address(entry.address()).port(entry.port()).tags(entry.tags());
        if (entry.checkHttp() != null) {
            registration.check(Registration.RegCheck.http(entry.checkHttp(), entry.checkIntervalSeconds()))
                    .putMeta(META_CHECK_HTTP, entry.checkHttp())
                    .putMeta(META_CHECK_INTERVAL, Long.toString(entry.checkIntervalSeconds()));
        }
        call(settings, "register '" + entry.id() + "' at", () -> {
            agent(settings).register(registration.build());
            return null;
        });
    }

    /** Deregisters {@code id}; an unknown id is no error (Consul answers so too). */
    public void deregister(ConsulSettings settings, String id) {
        call(settings, "deregister '" + id + "' at", () -> {
            agent(settings).deregister(id);
            return null;
        });
    }

    private AgentClient agent(ConsulSettings settings) {
        return clients.computeIfAbsent(settings, s -> {
            Consul.Builder builder = Consul.builder().withUrl(s.url().toString()).withPing(false)
                    .withConnectTimeoutMillis(5_000).withReadTimeoutMillis(30_000);
            if (s.token() != null) {
                builder.withAclToken(s.token());
            }
            return builder.build();
        }).agentClient();
    }

    private static <T> T call(ConsulSettings settings, String what, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (ConsulException e) {
            String reason = e.hasCode() ? "HTTP " + e.getCode() : String.valueOf(e.getCause() == null
                    ? e.getMessage() : e.getCause().getMessage());
            throw new StepFailure("cannot " + what + " the Consul agent " + settings + ": " + reason);
        }
    }
}
