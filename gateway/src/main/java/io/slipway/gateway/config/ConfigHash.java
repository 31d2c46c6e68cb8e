package io.slipway.gateway.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * Kong's {@code configuration_hash}: the MD5 (32 hex characters) of a canonical serialisation of
 * every entity (kinds in a fixed order, entities by id, object keys sorted, timestamps left out, so
 * that the same declarative file loaded on two nodes at different times hashes the same). Equal configurations
 * hash equally on every node; the empty configuration hashes to 32 zeros, as in Kong.
 */
final class ConfigHash {

    static final String EMPTY = "0".repeat(32);

    private ConfigHash() {}

    static String of(List<List<? extends Entity>> kinds) {
        if (kinds.stream().allMatch(List::isEmpty)) {
            return EMPTY;
        }
        var all = JsonNodeFactory.instance.arrayNode();
        for (var kind : kinds) {
            var sorted = new ArrayList<Entity>(kind);
            sorted.sort(Comparator.comparing(Entity::id));
            var array = all.addArray();
            sorted.forEach(entity -> {
                var json = KongJson.toJson(entity);
                json.remove(List.of("created_at", "updated_at"));
                array.add(canonical(json));
            });
        }
        return md5(KongJson.write(all));
    }

    private static JsonNode canonical(JsonNode node) {
        if (node instanceof ObjectNode object) {
            var sorted = new TreeMap<String, JsonNode>();
            object.fields().forEachRemaining(e -> sorted.put(e.getKey(), canonical(e.getValue())));
            var out = JsonNodeFactory.instance.objectNode();
            sorted.forEach(out::set);
            return out;
        }
        if (node instanceof ArrayNode array) {
            var out = JsonNodeFactory.instance.arrayNode();
            array.forEach(item -> out.add(canonical(item)));
            return out;
        }
        if (node.isNumber() && node.asDouble() == Math.rint(node.asDouble()) && !Double.isInfinite(node.asDouble())) {
            return JsonNodeFactory.instance.numberNode(node.asLong());  // 1 and 1.0 are the same setting
        }
        return node;
    }

    private static String md5(String text) {
        try {
            var digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
