package io.slipway.gateway.plugin.transform;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;
import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.plugin.schema.Json;
import java.util.List;

/**
 * The header part of a transformer, in Kong's order: remove, rename (when present), replace (only
 * existing headers), add (only absent headers), append (always adds a value). Header names are
 * compiled to {@link AsciiString}s once; values may be {@link Template}s.
 */
final class HeaderOperations {

    private record Rename(AsciiString from, AsciiString to) {}

    private record Assign(AsciiString name, Template value) {}

    private final AsciiString[] remove;
    private final Rename[] rename;
    private final Assign[] replace;
    private final Assign[] add;
    private final Assign[] append;

    /** From a transformer config: {@code remove.headers}, {@code rename.headers}, ... */
    HeaderOperations(JsonNode config) {
        this.remove = Json.strings(config.path("remove"), "headers").stream().map(AsciiString::of)
                .toArray(AsciiString[]::new);
        this.rename = Json.strings(config.path("rename"), "headers").stream().map(NameValue::parse)
                .map(nv -> new Rename(AsciiString.of(nv.name()), AsciiString.of(nv.value().trim())))
                .toArray(Rename[]::new);
        this.replace = assigns(config.path("replace"));
        this.add = assigns(config.path("add"));
        this.append = assigns(config.path("append"));
    }

    boolean isEmpty() {
        return remove.length + rename.length + replace.length + add.length + append.length == 0;
    }

    /** Applies the operations to {@code headers}; templates read the request of {@code exchange}. */
    void apply(HttpHeaders headers, Exchange exchange) {
        for (AsciiString name : remove) {
            headers.remove(name);
        }
        for (Rename r : rename) {
            List<String> values = headers.getAll(r.from());
            if (!values.isEmpty()) {
                headers.remove(r.from());
                headers.set(r.to(), values);
            }
        }
        for (Assign a : replace) {
            if (headers.contains(a.name())) {
                headers.set(a.name(), a.value().render(exchange));
            }
        }
        for (Assign a : add) {
            if (!headers.contains(a.name())) {
                headers.set(a.name(), a.value().render(exchange));
            }
        }
        for (Assign a : append) {
            headers.add(a.name(), a.value().render(exchange));
        }
    }

    private static Assign[] assigns(JsonNode section) {
        return Json.strings(section, "headers").stream().map(NameValue::parse)
                .map(nv -> new Assign(AsciiString.of(nv.name()), Template.of(nv.value())))
                .toArray(Assign[]::new);
    }
}
