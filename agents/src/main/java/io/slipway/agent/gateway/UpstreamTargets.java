package io.slipway.agent.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and changes the targets of one upstream through the Admin API of a node: creates the upstream when it
 * is missing, adds targets, changes weights with {@code PATCH}, removes targets. Only differences are written,
 * so applying the same weights twice changes nothing. Thread-safe.
 */
final class UpstreamTargets {

    /** What happens to targets that the wanted weights do not name. */
    enum Unlisted { KEEP, ZERO, REMOVE }

    private static final int MAX_PAGES = 100;

    private final AdminClient admin;

    UpstreamTargets(AdminClient admin) {
        this.admin = admin;
    }

    /** The upstream's targets with weights, in the gateway's order; empty when the upstream does not exist. */
    List<TargetWeight> read(GatewayNodes.Node node, String upstream) throws InterruptedException {
        List<TargetWeight> targets = new ArrayList<>();
        entities(node, upstream).forEach((target, json) -> targets.add(new TargetWeight(target, json.path("weight").asInt())));
        return List.copyOf(targets);
    }

    /**
     * Makes the upstream's targets carry {@code wanted} weights (creating the upstream and missing targets),
     * treating the others as {@code unlisted} says. Returns the resulting list, sorted by target.
     */
    List<TargetWeight> apply(GatewayNodes.Node node, String upstream, List<TargetWeight> wanted, Unlisted unlisted)
            throws InterruptedException {
        String base = "/upstreams/" + AdminClient.segment(upstream);
        if (admin.find(node, base).isEmpty()) {
            admin.send(node, "POST", "/upstreams", AdminClient.object().put("name", upstream));
        }
        Map<String, JsonNode> current = entities(node, upstream);
        Map<String, Integer> result = new LinkedHashMap<>();
        for (TargetWeight t : wanted) {
            JsonNode existing = current.get(t.target());
            if (existing == null) {
                admin.send(node, "POST", base + "/targets",
                        AdminClient.object().put("target", t.target()).put("weight", t.weight()));
            } else if (existing.path("weight").asInt() != t.weight()) {
                admin.send(node, "PATCH", base + "/targets/" + existing.path("id").asText(),
                        AdminClient.object().put("weight", t.weight()));
            }
            result.put(t.target(), t.weight());
        }
        for (var entry : current.entrySet()) {
            if (result.containsKey(entry.getKey())) {
                continue;
            }
            int weight = entry.getValue().path("weight").asInt();
            String path = base + "/targets/" + entry.getValue().path("id").asText();
            switch (unlisted) {
                case KEEP -> result.put(entry.getKey(), weight);
                case ZERO -> {
                    if (weight != 0) {
                        admin.send(node, "PATCH", path, AdminClient.object().put("weight", 0));
                    }
                    result.put(entry.getKey(), 0);
                }
                case REMOVE -> admin.delete(node, path);
            }
        }
        return result.entrySet().stream().map(e -> new TargetWeight(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(TargetWeight::target)).toList();
    }

    private Map<String, JsonNode> entities(GatewayNodes.Node node, String upstream) throws InterruptedException {
        Map<String, JsonNode> byTarget = new LinkedHashMap<>();
        String path = "/upstreams/" + AdminClient.segment(upstream) + "/targets?size=1000";
        for (int page = 0; page < MAX_PAGES && path != null; page++) {
            var body = admin.find(node, path);
            if (body.isEmpty()) {
                return byTarget;
            }
            body.get().path("data").forEach(t -> byTarget.put(t.path("target").asText(), t));
            String next = body.get().path("next").asText(null);
            path = next == null || next.isEmpty() ? null : next.startsWith("/") ? next : null;
        }
        return byTarget;
    }
}
