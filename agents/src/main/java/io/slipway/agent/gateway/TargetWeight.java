package io.slipway.agent.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One upstream target and its weight, as {@code gatewayTargets(targets: [[target: 'host:port', weight: 100]])}
 * states it. A list of them is recorded as a {@code gateway.targets} change: a JSON array of
 * {@code {"target": "...", "weight": n}} sorted by target, the step's own argument shape.
 */
public record TargetWeight(String target, int weight) {

    public TargetWeight {
        Objects.requireNonNull(target, "target");
        if (weight < 0 || weight > 65535) {
            throw new IllegalArgumentException("weight must be from 0 to 65535, was " + weight);
        }
    }

    /** The JSON array of a change record, sorted by target. */
    public static ArrayNode toJson(Collection<TargetWeight> targets) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        targets.stream().sorted(Comparator.comparing(TargetWeight::target))
                .forEach(t -> array.addObject().put("target", t.target()).put("weight", t.weight()));
        return array;
    }

    /** Reads a change record's JSON array back. */
    public static List<TargetWeight> fromJson(JsonNode array) {
        List<TargetWeight> targets = new ArrayList<>();
        array.forEach(item -> targets.add(new TargetWeight(item.path("target").asText(), item.path("weight").asInt())));
        return List.copyOf(targets);
    }
}
