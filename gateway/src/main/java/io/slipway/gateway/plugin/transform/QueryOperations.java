package io.slipway.gateway.plugin.transform;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.plugin.QueryString;
import io.slipway.gateway.plugin.schema.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The query-string part of the request-transformer, in Kong's order: remove, rename, replace (only
 * present parameters), add (only absent ones), append. The query is parsed and re-encoded only when
 * some operation is configured.
 */
final class QueryOperations {

    private record Assign(String name, Template value) {}

    private final List<String> remove;
    private final List<NameValue> rename;
    private final List<Assign> replace;
    private final List<Assign> add;
    private final List<Assign> append;

    QueryOperations(JsonNode config) {
        this.remove = Json.strings(config.path("remove"), "querystring");
        this.rename = pairs(config.path("rename"));
        this.replace = assigns(config.path("replace"));
        this.add = assigns(config.path("add"));
        this.append = assigns(config.path("append"));
    }

    boolean isEmpty() {
        return remove.isEmpty() && rename.isEmpty() && replace.isEmpty() && add.isEmpty() && append.isEmpty();
    }

    void apply(Exchange exchange) {
        Map<String, List<String>> params = QueryString.parse(exchange.query());
        remove.forEach(params::remove);
        for (NameValue r : rename) {
            List<String> values = params.remove(r.name());
            if (values != null) {
                params.put(r.value().trim(), values);
            }
        }
        for (Assign r : replace) {
            if (params.containsKey(r.name())) {
                params.put(r.name(), one(r.value().render(exchange)));
            }
        }
        for (Assign a : add) {
            if (!params.containsKey(a.name())) {
                params.put(a.name(), one(a.value().render(exchange)));
            }
        }
        for (Assign a : append) {
            params.computeIfAbsent(a.name(), k -> new ArrayList<>()).add(a.value().render(exchange));
        }
        exchange.query(QueryString.encode(params));
    }

    private static List<String> one(String value) {
        List<String> list = new ArrayList<>(1);
        list.add(value);
        return list;
    }

    private static List<Assign> assigns(JsonNode section) {
        return pairs(section).stream().map(nv -> new Assign(nv.name(), Template.of(nv.value()))).toList();
    }

    private static List<NameValue> pairs(JsonNode section) {
        return Json.strings(section, "querystring").stream().map(NameValue::parse).toList();
    }
}
