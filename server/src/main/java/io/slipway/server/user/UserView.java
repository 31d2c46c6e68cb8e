package io.slipway.server.user;

import java.time.Instant;
import java.util.List;

/** A user as the API shows it: never a password or its hash. */
public record UserView(String name, String role, List<String> environments, Instant createdAt, Instant updatedAt) {

    public static UserView of(User user) {
        return new UserView(user.name(), user.role().word(), user.environments().stream().sorted().toList(),
                user.createdAt(), user.updatedAt());
    }
}
