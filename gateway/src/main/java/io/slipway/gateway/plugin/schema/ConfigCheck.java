package io.slipway.gateway.plugin.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A check across fields of a plugin configuration, run after the fields were checked and their
 * defaults filled in (Kong's "entity checks": at least one limit, allow or deny, conditional fields).
 */
@FunctionalInterface
public interface ConfigCheck {

    /** Adds an error per problem to {@code errors}, keyed by path ({@code config.minute}). */
    void check(ObjectNode config, Violations errors);
}
