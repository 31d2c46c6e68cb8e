package io.slipway.server.user;

import io.slipway.server.api.ApiException;
import io.slipway.server.api.FieldError;
import io.slipway.server.auth.ApiTokens;
import io.slipway.server.store.SessionStore;
import io.slipway.server.store.UserRow;
import io.slipway.server.store.UserStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Local users: create, change, remove, check passwords, and the first admin. Removing a user ends
 * their sessions and revokes their API tokens; the last admin cannot be removed or demoted.
 * Thread-safe: all state is in the store.
 */
public final class Users {

    /** The first admin's name; the bootstrap API token belongs to this user. */
    public static final String ADMIN = "admin";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserStore store;
    private final SessionStore sessions;
    private final ApiTokens tokens;
    private final PasswordHasher hasher = new PasswordHasher();
    private final Clock clock;

    public Users(UserStore store, SessionStore sessions, ApiTokens tokens, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * Creates {@code admin} when there is no user yet, with the configured password or a generated one.
     *
     * @return the generated password (to print once), empty when none was generated
     */
    public Optional<String> bootstrapAdmin(String configuredPassword) {
        if (store.count() > 0) {
            return Optional.empty();
        }
        String password = configuredPassword;
        if (password == null) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } else {
            UserRequest.passwordProblem(password).ifPresent(reason -> {
                throw new IllegalArgumentException("SLIPWAY_ADMIN_PASSWORD " + reason);
            });
        }
        Instant now = clock.instant();
        store.insert(new UserRow(ADMIN, hasher.hash(password), Role.ADMIN.word(), "", now, now));
        return configuredPassword == null ? Optional.of(password) : Optional.empty();
    }

    public List<User> list() {
        return store.all().stream().map(Users::toUser).toList();
    }

    public Optional<User> find(String name) {
        return name == null ? Optional.empty() : store.find(name).map(Users::toUser);
    }

    public User get(String name) {
        return find(name).orElseThrow(() -> ApiException.notFound("user '" + name + "'"));
    }

    /** The user whose name and password these are; empty for a wrong password or an unknown name. */
    public Optional<User> authenticate(String name, String password) {
        Optional<UserRow> row = name == null ? Optional.empty() : store.find(name);
        boolean ok = hasher.verify(password == null ? "" : password, row.map(UserRow::passwordHash).orElse(null));
        return ok ? row.map(Users::toUser) : Optional.empty();
    }

    /** Creates a user; 409 when the name is taken. */
    public User create(UserRequest request) {
        if (request.password() == null) {
            throw ApiException.badField("password", "is required");
        }
        if (store.find(request.name()).isPresent()) {
            throw ApiException.conflict("user '" + request.name() + "' already exists");
        }
        Instant now = clock.instant();
        store.insert(new UserRow(request.name(), hasher.hash(request.password()), request.role().word(),
                String.join(",", request.environments()), now, now));
        return get(request.name());
    }

    /** Changes role and environments, and the password when one is given (which ends the user's sessions). */
    public User update(UserRequest request) {
        User existing = get(request.name());
        if (existing.role() == Role.ADMIN && request.role() != Role.ADMIN && store.adminCount() <= 1) {
            throw new ApiException(409, "'" + existing.name() + "' is the last admin and must stay admin",
                    List.of(new FieldError("role", "the last admin must stay admin")));
        }
        Instant now = clock.instant();
        store.updateRole(request.name(), request.role().word(), String.join(",", request.environments()), now);
        if (request.password() != null) {
            store.updatePassword(request.name(), hasher.hash(request.password()), now);
            sessions.deleteAllOf(request.name());
        }
        return get(request.name());
    }

    /** Removes a user with their sessions and tokens; 409 for the last admin. */
    public void delete(String name) {
        User existing = get(name);
        if (existing.role() == Role.ADMIN && store.adminCount() <= 1) {
            throw ApiException.conflict("'" + name + "' is the last admin and cannot be removed");
        }
        store.delete(name);
        sessions.deleteAllOf(name);
        tokens.revokeAll(name);
    }

    private static User toUser(UserRow row) {
        return new User(row.name(), Role.parse(row.role()),
                Arrays.stream(row.environments().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet()),
                row.createdAt(), row.updatedAt());
    }
}
