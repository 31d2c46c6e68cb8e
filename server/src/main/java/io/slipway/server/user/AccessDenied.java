package io.slipway.server.user;

/**
 * A signed-in user lacks a role: 403. {@code environment} is set when the missing role is
 * "releaser of that environment". The API renders it as
 * {@code {"error", "user", "missingRole", "environment"}}; pages render the same words.
 */
public final class AccessDenied extends RuntimeException {

    private final String user;
    private final Role missingRole;
    private final String environment;

    public AccessDenied(String user, Role missingRole, String environment, String action) {
        super("'" + user + "' may not " + action + ": needs role '" + missingRole.word() + "'"
                + (environment == null ? "" : " for environment '" + environment + "'"));
        this.user = user;
        this.missingRole = missingRole;
        this.environment = environment;
    }

    public String user() {
        return user;
    }

    public Role missingRole() {
        return missingRole;
    }

    /** The environment the role is missing for, or null. */
    public String environment() {
        return environment;
    }
}
