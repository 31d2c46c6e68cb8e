package io.slipway.gateway.filter;

import java.util.List;

/**
 * A consumer identified by an authentication plugin, with the credential that identified it, the
 * ACL groups it belongs to and the names of its consumer groups (both for the acl plugin).
 */
public record AuthenticatedConsumer(String id, String username, String customId, String credentialId,
                                    List<String> groups, List<String> consumerGroups) {

    public AuthenticatedConsumer {
        groups = List.copyOf(groups);
        consumerGroups = consumerGroups == null ? List.of() : List.copyOf(consumerGroups);
    }

    /** A consumer in no consumer group. */
    public AuthenticatedConsumer(String id, String username, String customId, String credentialId, List<String> groups) {
        this(id, username, customId, credentialId, groups, List.of());
    }
}
