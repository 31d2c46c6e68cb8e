package io.slipway.server.deploy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What runs in an environment after a deployment: for each kind of change and each target, the latest
 * value a release step set ({@code "gateway.targets"} -> {@code "blue-green"} -> the JSON list of targets).
 * It starts from the environment's previous deployment and takes this build's changes over it, so a
 * deployment whose build did not touch a route still knows how the route was. Immutable.
 */
public record DeploymentState(Map<String, Map<String, String>> values) {

    public DeploymentState {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        values.forEach((kind, targets) -> copy.put(kind, Collections.unmodifiableMap(new LinkedHashMap<>(targets))));
        values = Collections.unmodifiableMap(copy);
    }

    public static DeploymentState empty() {
        return new DeploymentState(Map.of());
    }

    /** This state with {@code changes} applied in order (a later change of a target wins). */
    public DeploymentState with(List<ReleaseChange> changes) {
        Map<String, Map<String, String>> next = new LinkedHashMap<>();
        values.forEach((kind, targets) -> next.put(kind, new LinkedHashMap<>(targets)));
        for (ReleaseChange change : changes) {
            if (change.after() == null) {
                next.computeIfAbsent(change.kind(), k -> new LinkedHashMap<>()).remove(change.target());
            } else {
                next.computeIfAbsent(change.kind(), k -> new LinkedHashMap<>()).put(change.target(), change.after());
            }
        }
        next.values().removeIf(Map::isEmpty);
        return new DeploymentState(next);
    }

    /** The value of one target of one kind. */
    public Optional<String> get(String kind, String target) {
        return Optional.ofNullable(values.getOrDefault(kind, Map.of()).get(target));
    }

    /** Every target of one kind with its value, in the order they were first set. */
    public Map<String, String> of(String kind) {
        return values.getOrDefault(kind, Map.of());
    }
}
