package io.slipway.gateway.config.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The schema of one entity kind: its fields, a preparation step that rewrites shorthand input
 * (a service's {@code url}) and entity checks that look at several fields at once. Entity checks run
 * only when every field is valid, as in Kong.
 */
public record EntitySchema(String name, List<Field> fields, Preparation preparation, List<EntityCheck> checks) {

    public EntitySchema {
        fields = List.copyOf(fields);
        checks = List.copyOf(checks);
    }

    /** Rewrites the raw input in place before field validation; may record problems. */
    @FunctionalInterface
    public interface Preparation {
        void prepare(ObjectNode input, ObjectNode errors);

        Preparation NONE = (input, errors) -> {};
    }

    /** Looks at the validated entity; records problems in {@code errors} (Kong's {@code @entity} or per field). */
    @FunctionalInterface
    public interface EntityCheck {
        void check(ObjectNode entity, ObjectNode errors);
    }
}
