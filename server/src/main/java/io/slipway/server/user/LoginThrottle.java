package io.slipway.server.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Limits failed logins: at most {@link #PER_USER} failures per user name and {@link #PER_CLIENT} per
 * client IP within {@link #WINDOW}; past that, logins for that name or from that address are refused
 * until the oldest failure leaves the window, even with the right password. Kept in memory (a
 * restart forgets it) and bounded in size. Thread-safe.
 */
public final class LoginThrottle {

    static final int PER_USER = 5;
    static final int PER_CLIENT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long until a login for this user from this address may be tried; empty when it may now. */
    public synchronized Optional<Duration> blockedFor(String user, String ip) {
        Instant now = clock.instant();
        Optional<Duration> byUser = wait(key("user", user), PER_USER, now);
        Optional<Duration> byIp = wait(key("ip", ip), PER_CLIENT, now);
        if (byUser.isPresent() && byIp.isPresent()) {
            return Optional.of(byUser.get().compareTo(byIp.get()) > 0 ? byUser.get() : byIp.get());
        }
        return byUser.isPresent() ? byUser : byIp;
    }

    public synchronized void failed(String user, String ip) {
        Instant now = clock.instant();
        add(key("user", user), now);
        add(key("ip", ip), now);
    }

    /** A successful login clears the user's failures (not the address's). */
    public synchronized void succeeded(String user) {
        failures.remove(key("user", user));
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        Instant cutoff = now.minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
            times.pollFirst();
        }
        if (times.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(cutoff, times.peekFirst()).plusSeconds(1));
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        times.addLast(now);
        while (times.size() > PER_CLIENT) {
            times.pollFirst();
        }
        if (failures.size() > MAX_KEYS) {
            Iterator<String> oldest = failures.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "" : value);
    }
}
