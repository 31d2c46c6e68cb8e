package io.slipway.server.kube;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges a child pod manifest over its parent as Jenkins' Kubernetes plugin does with
 * {@code yamlMergeStrategy merge()}: maps (metadata, labels, annotations, resources, nodeSelector, ...) merge
 * key by key; containers, init containers, volumes, env variables and image pull secrets merge by name,
 * volume mounts by mount path and ports by container port, each merged item again field by field; tolerations
 * and envFrom are the union of both; for any other field the child's value wins when it sets one. Works on
 * the plain trees of {@link PodYaml} and never changes its arguments.
 */
final class PodMerge {

    /** List fields whose items are merged by one key field, and that key. */
    private static final Map<String, String> KEYED_LISTS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "ephemeralContainers", "name",
            "volumes", "name",
            "env", "name",
            "imagePullSecrets", "name",
            "volumeMounts", "mountPath",
            "ports", "containerPort");

    /** List fields that become the union of both sides. */
    private static final List<String> UNION_LISTS = List.of("tolerations", "envFrom", "hostAliases");

    private PodMerge() {
    }

    static Map<String, Object> merge(Map<String, Object> parent, Map<String, Object> child) {
        return mergeMaps(parent, child);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mergeMaps(Map<String, Object> parent, Map<String, Object> child) {
        Map<String, Object> result = new LinkedHashMap<>(parent);
        child.forEach((key, value) -> {
            Object before = parent.get(key);
            if (value == null) {
                return;
            }
            if (before instanceof Map<?, ?> p && value instanceof Map<?, ?> c) {
                result.put(key, mergeMaps((Map<String, Object>) p, (Map<String, Object>) c));
            } else if (before instanceof List<?> p && value instanceof List<?> c) {
                result.put(key, mergeLists(key, (List<Object>) p, (List<Object>) c));
            } else {
                result.put(key, value);
            }
        });
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> mergeLists(String field, List<Object> parent, List<Object> child) {
        String key = KEYED_LISTS.get(field);
        if (key != null) {
            List<Object> result = new ArrayList<>(parent);
            for (Object item : child) {
                int same = indexOf(result, key, item);
                if (same >= 0 && result.get(same) instanceof Map<?, ?> p && item instanceof Map<?, ?> c) {
                    result.set(same, mergeMaps((Map<String, Object>) p, (Map<String, Object>) c));
                } else {
                    result.add(item);
                }
            }
            return result;
        }
        if (UNION_LISTS.contains(field)) {
            List<Object> result = new ArrayList<>(parent);
            child.stream().filter(item -> !result.contains(item)).forEach(result::add);
            return result;
        }
        return child.isEmpty() ? parent : child;
    }

    private static int indexOf(List<Object> items, String key, Object item) {
        if (!(item instanceof Map<?, ?> wanted) || wanted.get(key) == null) {
            return -1;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> existing
                    && Objects.equals(String.valueOf(existing.get(key)), String.valueOf(wanted.get(key)))) {
                return i;
            }
        }
        return -1;
    }
}
