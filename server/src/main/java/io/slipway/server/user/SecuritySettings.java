package io.slipway.server.user;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settings of users and sessions, read once from the environment.
 *
 * @param adminPassword the first admin's password ({@code SLIPWAY_ADMIN_PASSWORD}); null: generate one
 * @param protectedEnvironments environments only releasers of them may release to
 *     ({@code SLIPWAY_PROTECTED_ENVIRONMENTS}, comma-separated, default {@code prod})
 * @param publicUrl the URL users reach the server at ({@code SLIPWAY_URL}); https there makes cookies Secure
 */
public record SecuritySettings(String adminPassword, Set<String> protectedEnvironments, String publicUrl) {

    public SecuritySettings {
        protectedEnvironments = Set.copyOf(protectedEnvironments);
    }

    public static SecuritySettings fromEnvironment(Map<String, String> env) {
        String password = env.get("SLIPWAY_ADMIN_PASSWORD");
        String envs = env.getOrDefault("SLIPWAY_PROTECTED_ENVIRONMENTS", "prod");
        String url = env.get("SLIPWAY_URL");
        return new SecuritySettings(password == null || password.isEmpty() ? null : password,
                Arrays.stream(envs.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet()),
                url == null || url.isBlank() ? null : url.trim());
    }

    /** For tests: a known admin password, {@code prod} protected, plain http. */
    public static SecuritySettings forTests(String adminPassword) {
        return new SecuritySettings(adminPassword, Set.of("prod"), null);
    }

    /** Whether cookies must be Secure whatever the request's scheme. */
    public boolean httpsUrl() {
        return publicUrl != null && publicUrl.regionMatches(true, 0, "https://", 0, 8);
    }
}
