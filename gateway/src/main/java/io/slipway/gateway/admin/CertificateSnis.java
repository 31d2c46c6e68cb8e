package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.slipway.gateway.config.Entity;
import io.slipway.gateway.config.Sni;
import io.slipway.gateway.config.schema.EntityKind;
import io.slipway.gateway.config.schema.SchemaViolation;
import io.slipway.gateway.store.EntitySet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Kong's {@code snis} shorthand on certificates: {@code POST /certificates} (and PUT, PATCH) with
 * {@code "snis": ["a.example"]} creates, in the same transaction, the SNI entities that point at the
 * certificate, and replaces the set the certificate had; every certificate the Admin API shows carries
 * the names of its SNIs in {@code snis}.
 */
final class CertificateSnis {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CertificateSnis() {}

    /** Removes {@code snis} from the input; returns the names, or null when the input has none. */
    static List<String> take(ObjectNode input) {
        JsonNode given = input.remove("snis");
        if (given == null || given.isNull()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        if (given.isTextual()) {
            names.add(given.asText());                   // a single form field: snis=a.example
        } else if (given.isArray()) {
            for (JsonNode name : given) {
                if (!name.isTextual()) throw violation("expected a string");
                names.add(name.asText());
            }
        } else {
            throw violation("expected an array");
        }
        return List.copyOf(names);
    }

    /**
     * Makes the SNIs of {@code certificate} exactly {@code names}: keeps those that exist, deletes
     * the others and creates the missing ones through {@code build} (validation, ids, timestamps).
     */
    static void sync(EntitySet set, UUID certificate, List<String> names, BiFunction<ObjectNode, Entity, Entity> build) {
        for (Sni sni : of(set, certificate)) {
            if (!names.contains(sni.name())) {
                set.delete(EntityKind.SNI, sni.id());
            }
        }
        List<String> existing = of(set, certificate).stream().map(Sni::name).toList();
        for (String name : names) {
            if (existing.contains(name)) continue;
            var input = JSON.objectNode().put("name", name);
            input.putObject("certificate").put("id", certificate.toString());
            set.insert(build.apply(input, null));
        }
    }

    /** The certificate as the Admin API shows it, with the names of its SNIs. */
    static ObjectNode view(Entity certificate, List<Entity> snis) {
        var json = Paging.view(certificate);
        var names = json.putArray("snis");
        snis.stream().map(Sni.class::cast).filter(s -> s.certificateId().equals(certificate.id()))
                .map(Sni::name).sorted().forEach(names::add);
        return json;
    }

    private static List<Sni> of(EntitySet set, UUID certificate) {
        List<Sni> out = new ArrayList<>();
        for (Entity e : set.list(EntityKind.SNI)) {
            if (e instanceof Sni sni && sni.certificateId().equals(certificate)) out.add(sni);
        }
        return out;
    }

    private static SchemaViolation violation(String reason) {
        return new SchemaViolation(JSON.objectNode().put("snis", reason));
    }
}
