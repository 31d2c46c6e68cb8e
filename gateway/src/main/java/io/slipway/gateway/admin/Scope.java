package io.slipway.gateway.admin;

import io.slipway.gateway.config.schema.EntityKind;

/**
 * The parent of a nested collection, e.g. {@code /services/{s}/routes}: the parent's kind, the child's
 * field that refers to it and the parent's id or name from the URL. {@link #NONE} for top-level paths.
 */
record Scope(EntityKind parentKind, String field, String parentKey) {

    static final Scope NONE = new Scope(null, null, null);

    boolean nested() {
        return parentKind != null;
    }
}
