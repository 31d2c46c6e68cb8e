package io.slipway.server.user;

import io.slipway.server.auth.ApiTokens;
import io.slipway.server.store.SessionRow;
import io.slipway.server.store.SessionStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Server-side sessions: a random 32-byte id in the cookie, its SHA-256 in the database with the user
 * and a synchronizer CSRF token. A session idle for {@link #IDLE} ends. Every login makes a new id
 * (no session fixation). Thread-safe.
 */
public final class Sessions {

    static final Duration IDLE = Duration.ofHours(8);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionStore store;
    private final Clock clock;

    public Sessions(SessionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Starts a session for a user who has just proved who they are. */
    public Session start(String userName) {
        Instant now = clock.instant();
        store.deleteIdleSince(now.minus(IDLE));
        String id = random();
        String csrf = random();
        store.insert(new SessionRow(ApiTokens.sha256(id), userName, csrf, now, now));
        return new Session(id, userName, csrf);
    }

    /** The live session of this cookie value, refreshing its idle clock. */
    public Optional<Session> find(String id) {
        if (id == null || id.isBlank() || id.length() > 100) {
            return Optional.empty();
        }
        String hash = ApiTokens.sha256(id);
        Optional<SessionRow> row = store.find(hash);
        Instant now = clock.instant();
        if (row.isEmpty() || row.get().lastSeenAt().plus(IDLE).isBefore(now)) {
            return Optional.empty();
        }
        if (row.get().lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            store.touch(hash, now);
        }
        return Optional.of(new Session(id, row.get().userName(), row.get().csrfToken()));
    }

    public void end(String id) {
        if (id != null) {
            store.delete(ApiTokens.sha256(id));
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
