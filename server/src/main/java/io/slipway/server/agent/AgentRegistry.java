package io.slipway.server.agent;

import io.slipway.server.api.ApiException;
import io.slipway.server.api.FieldError;
import io.slipway.server.auth.ApiTokens;
import io.slipway.server.store.AgentRow;
import io.slipway.server.store.AgentStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The registered remote agents and their per-agent tokens: {@link #issue} creates an agent and returns its
 * token once (only its SHA-256 is stored, as API tokens are); {@link #revoke} deletes it, which refuses its
 * token from then on and disconnects it at once (its builds are handled as if it went offline). Thread-safe.
 */
public final class AgentRegistry {

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_.:/+@=%-]{1,100}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AgentStore store;
    private final Clock clock;
    private final List<Consumer<String>> revokeListeners = new CopyOnWriteArrayList<>();

    public AgentRegistry(AgentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** An agent just created, with its token (shown only this once). */
    public record Issued(String name, String token) {
        @Override
        public String toString() {
            return "Issued[" + name + "]";
        }
    }

    /**
     * Creates agent {@code name} with {@code labels} and {@code executors} (at least 1) and returns its new
     * token. {@code ephemeral} marks an agent made for one build (a pod agent), revoked when that build is done.
     * A 400 {@link ApiException} naming the field for a bad name or label, 409 when the name is taken.
     */
    public Issued issue(String name, List<String> labels, int executors, boolean ephemeral) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || !AgentNames.NAME.matcher(name).matches()) {
            errors.add(new FieldError("name", AgentNames.RULE));
        }
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (label == null || !LABEL.matcher(label).matches()) {
                errors.add(new FieldError("labels[" + i + "]", "'" + label + "' is not a label (letters, digits and"
                        + " _ . : / + @ = % -, no spaces or operators)"));
            }
        }
        if (executors < 1 || executors > 1000) {
            errors.add(new FieldError("executors", "must be 1-1000, was " + executors));
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("invalid agent", errors);
        }
        String token = newToken();
        synchronized (this) {
            if (store.find(name).isPresent()) {
                throw ApiException.conflict("agent '" + name + "' already exists");
            }
            store.insert(name, String.join(",", labels), executors, ApiTokens.sha256(token), ephemeral, clock.instant());
        }
        return new Issued(name, token);
    }

    /** Deletes agent {@code name}: its token is refused from now on and a connected agent is disconnected. */
    public boolean revoke(String name) {
        boolean removed = store.delete(name) > 0;
        if (removed) {
            revokeListeners.forEach(l -> l.accept(name));
        }
        return removed;
    }

    public List<Agent> list() {
        return store.list().stream().map(AgentRegistry::toAgent).toList();
    }

    public Optional<Agent> find(String name) {
        return store.find(name).map(AgentRegistry::toAgent);
    }

    /** The agent whose token this is, if it is a current one. */
    public Optional<Agent> authenticate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return store.byTokenHash(ApiTokens.sha256(token.trim())).map(AgentRegistry::toAgent);
    }

    /** Tells {@code listener} the name of every agent revoked from now on. */
    public void onRevoke(Consumer<String> listener) {
        revokeListeners.add(listener);
    }

    private static Agent toAgent(AgentRow row) {
        List<String> labels = row.labels().isBlank() ? List.of() : Arrays.asList(row.labels().split(","));
        return new Agent(row.name(), labels, row.executors(), row.ephemeral(), row.createdAt());
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "slwa_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
