package io.slipway.gateway.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copying of optional collections for the records of this package: Kong keeps absent lists as null. */
final class Lists {

    private Lists() {}

    static <T> List<T> copyOrNull(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    static <T> List<T> copyOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Keeps the order of the map (header names are shown in the order given). */
    static Map<String, List<String>> copyHeaders(Map<String, List<String>> headers) {
        if (headers == null) {
            return null;
        }
        var copy = new LinkedHashMap<String, List<String>>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
