package io.slipway.gateway.store.declarative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Collects problems of a declarative file at their places, as a tree and as a flat list. */
final class ErrorTree {

    private final ObjectNode root = JsonNodeFactory.instance.objectNode();
    private final List<String> flat = new ArrayList<>();

    /** Adds problems (a field tree from a schema violation, or a message) for the entity at {@code path}. */
    void add(List<Object> path, String field, JsonNode problem, String summary) {
        var node = at(path);
        if (field == null) {
            node.withArray("@entity").add(problem);
        } else {
            node.set(field, problem);
        }
        flat.add(describe(path) + ": " + summary);
    }

    void addAll(List<Object> path, ObjectNode fields, String summary) {
        var node = at(path);
        fields.fields().forEachRemaining(e -> node.set(e.getKey(), e.getValue()));
        flat.add(describe(path) + ": " + summary);
    }

    boolean isEmpty() {
        return flat.isEmpty();
    }

    DeclarativeError error() {
        return new DeclarativeError(root, flat);
    }

    private ObjectNode at(List<Object> path) {
        JsonNode node = root;
        for (int i = 0; i < path.size(); i++) {
            Object step = path.get(i);
            boolean nextIsIndex = i + 1 < path.size() && path.get(i + 1) instanceof Integer;
            if (step instanceof String key) {
                var object = (ObjectNode) node;
                var child = object.get(key);
                if (child == null) {
                    child = nextIsIndex ? object.putArray(key) : object.putObject(key);
                }
                node = child;
            } else {
                var array = (ArrayNode) node;
                int index = (Integer) step;
                while (array.size() <= index) array.addNull();
                if (!array.get(index).isObject()) array.set(index, JsonNodeFactory.instance.objectNode());
                node = array.get(index);
            }
        }
        return (ObjectNode) node;
    }

    static String describe(List<Object> path) {
        var out = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) out.append('[').append(index + 1).append(']');
            else out.append(out.length() == 0 ? "" : ".").append(step);
        }
        return out.toString();
    }
}
