package io.slipway.server.user;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may do what, in one place for the API and the pages. A build's environment is its {@code ENV}
 * parameter; a build or input answer whose environment is protected needs a releaser of that
 * environment (or an admin), any other build a developer. Roll-backs need a releaser of the
 * deployment's environment when it is protected, a developer otherwise. Thread-safe (immutable).
 */
public final class ReleasePolicy {

    /** The parameter that names where a build releases to. */
    public static final String ENV_PARAMETER = "ENV";

    private final Set<String> protectedEnvironments;

    public ReleasePolicy(Set<String> protectedEnvironments) {
        this.protectedEnvironments = Set.copyOf(protectedEnvironments);
    }

    public boolean isProtected(String environment) {
        return environment != null && protectedEnvironments.contains(environment);
    }

    public Set<String> protectedEnvironments() {
        return new TreeSet<>(protectedEnvironments);
    }

    /** The environment a build with these parameters releases to, if it names one. */
    public static Optional<String> environmentOf(Map<String, Object> parameters) {
        Object value = parameters.get(ENV_PARAMETER);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString().trim());
    }

    /** 403 unless {@code user} has at least {@code role}. */
    public void require(User user, Role role, String action) {
        if (!user.has(role)) {
            throw new AccessDenied(user.name(), role, null, action);
        }
    }

    /** 403 unless {@code user} may run a build with these (bound) parameters. */
    public void checkBuild(User user, Map<String, Object> parameters, String action) {
        Optional<String> environment = environmentOf(parameters);
        if (environment.isPresent()) {
            checkEnvironment(user, environment.get(), action);
        } else {
            require(user, Role.DEVELOPER, action);
        }
    }

    /** 403 unless {@code user} may release to or roll back {@code environment}. */
    public void checkEnvironment(User user, String environment, String action) {
        if (!isProtected(environment)) {
            require(user, Role.DEVELOPER, action);
        } else if (!user.mayReleaseTo(environment)) {
            throw new AccessDenied(user.name(), Role.RELEASER, environment, action);
        }
    }

    /** Whether {@code user} may run a build with these parameters (for pages deciding what to offer). */
    public boolean mayBuild(User user, Map<String, Object> parameters) {
        try {
            checkBuild(user, parameters, "build");
            return true;
        } catch (AccessDenied e) {
            return false;
        }
    }
}
