package io.slipway.server.user;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a user may do, each role including the ones before it: a viewer reads; a developer also runs
 * builds, aborts them, answers inputs and changes jobs, but does not release to a protected
 * environment; a releaser also releases and rolls back in the environments named on the user; an
 * admin may do everything, including managing users, tokens and credentials.
 */
public enum Role {
    VIEWER, DEVELOPER, RELEASER, ADMIN;

    /** The word users type and the API shows: {@code viewer}, {@code developer}, ... */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this role includes {@code other}. */
    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** Parses a role word; the message names the allowed words. */
    public static Role parse(String text) {
        for (Role role : values()) {
            if (role.word().equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new IllegalArgumentException("must be one of " + Arrays.stream(values()).map(Role::word)
                .collect(Collectors.joining(", ")) + ", was '" + text + "'");
    }
}
