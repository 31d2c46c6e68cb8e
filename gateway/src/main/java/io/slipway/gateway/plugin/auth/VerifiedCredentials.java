package io.slipway.gateway.plugin.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authorization headers whose password was verified, keyed by the header's SHA-256 digest so that no
 * password is held in memory, mapped to the username. Bounded: when full it is emptied, which costs
 * at most one bcrypt check per active client afterwards. Thread-safe.
 */
final class VerifiedCredentials {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    });

    private final ConcurrentHashMap<String, String> byDigest = new ConcurrentHashMap<>();
    private final int capacity;

    VerifiedCredentials(int capacity) {
        this.capacity = capacity;
    }

    String get(String header) {
        return byDigest.get(digest(header));
    }

    void put(String header, String username) {
        if (byDigest.size() >= capacity) {
            byDigest.clear();
        }
        byDigest.put(digest(header), username);
    }

    private static String digest(String header) {
        return HexFormat.of().formatHex(SHA256.get().digest(header.getBytes(StandardCharsets.UTF_8)));
    }
}
