package io.slipway.server.user;

import io.slipway.server.api.ApiException;
import io.slipway.server.api.FieldError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A user to create or change: name, password (null on a change that keeps it), role and the
 * environments a releaser may release to. {@link #check} reports every bad field at once.
 */
public record UserRequest(String name, String password, Role role, Set<String> environments) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");
    private static final Pattern ENVIRONMENT = Pattern.compile("\\*|[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD_BYTES = 72;

    public UserRequest {
        environments = Set.copyOf(environments);
    }

    /**
     * Reads raw fields (from JSON or a form); {@code passwordRequired} on create. 400 naming each bad field.
     */
    public static UserRequest of(String name, String password, String role, List<String> environments,
            boolean passwordRequired) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            errors.add(new FieldError("name", "must be 1-63 lower-case letters, digits, '.', '_' or '-', was '"
                    + (name == null ? "" : name) + "'"));
        }
        String checkedPassword = password == null || password.isEmpty() ? null : password;
        if (checkedPassword == null && passwordRequired) {
            errors.add(new FieldError("password", "is required"));
        } else if (checkedPassword != null) {
            passwordProblem(checkedPassword).ifPresent(reason -> errors.add(new FieldError("password", reason)));
        }
        Role parsed = null;
        try {
            parsed = Role.parse(role);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("role", e.getMessage()));
        }
        Set<String> envs = new LinkedHashSet<>();
        for (String raw : environments) {
            Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(envs::add);
        }
        for (String env : envs) {
            if (!ENVIRONMENT.matcher(env).matches()) {
                errors.add(new FieldError("environments", "'" + env + "' is not an environment name"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("invalid user", errors);
        }
        return new UserRequest(name, checkedPassword, parsed, envs);
    }

    /** Why a password is refused, if it is. */
    static java.util.Optional<String> passwordProblem(String password) {
        if (password.length() < MIN_PASSWORD) {
            return java.util.Optional.of("must have at least " + MIN_PASSWORD + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return java.util.Optional.of("must have at most " + MAX_PASSWORD_BYTES + " bytes (bcrypt's limit)");
        }
        return java.util.Optional.empty();
    }
}
