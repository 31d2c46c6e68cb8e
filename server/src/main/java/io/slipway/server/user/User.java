package io.slipway.server.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A local user as the server knows it (never with the password hash). {@code environments} are the
 * environments a releaser may release to and roll back; {@code *} means all of them.
 */
public record User(String name, Role role, Set<String> environments, Instant createdAt, Instant updatedAt) {

    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        environments = Set.copyOf(new TreeSet<>(environments));
    }

    /** Whether this user may release to (or roll back) {@code environment}, protected or not. */
    public boolean mayReleaseTo(String environment) {
        return role == Role.ADMIN
                || role == Role.RELEASER && (environments.contains("*") || environments.contains(environment));
    }

    /** Whether this user has at least {@code needed}. */
    public boolean has(Role needed) {
        return role.includes(needed);
    }
}
