package io.slipway.gateway.filter;

import java.util.List;

/**
 * A consumer identified by an authentication plugin, with the credential that identified it and the
 * ACL groups it belongs to (for the acl plugin).
 */
public record AuthenticatedConsumer(String id, String username, String customId, String credentialId,
                                    List<String> groups) {

    public AuthenticatedConsumer {
        groups = List.copyOf(groups);
    }
}
