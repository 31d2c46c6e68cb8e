package io.slipway.server.job;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a job name may be: it appears in URLs, folder names and log lines, so it is kept to
 * letters, digits, {@code .}, {@code _} and {@code -}, starts with a letter or digit, at most 100 long.
 */
public final class JobNames {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private JobNames() {
    }

    /** Why {@code name} is not a valid job name, empty when it is. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("is required");
        }
        if (name.length() > 100) {
            return Optional.of("must be at most 100 characters");
        }
        if (!VALID.matcher(name).matches()) {
            return Optional.of("must start with a letter or digit and contain only letters, digits, '.', '_' and '-'");
        }
        return Optional.empty();
    }
}
