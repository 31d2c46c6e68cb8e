package io.slipway.server.auth;

import io.slipway.server.store.TokenStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * API tokens: issues the first admin's token and recognises presented ones. Tokens are stored only
 * as SHA-256 hashes; a token is 32 random bytes, so a slow password hash would add nothing.
 * Thread-safe: all state is in the store.
 */
public final class ApiTokens {

    static final String ADMIN = "admin";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenStore store;
    private final Clock clock;

    public ApiTokens(TokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Makes sure an admin token exists. A configured token is registered (once); without one, a
     * token is generated on the very first start and returned so the caller can print it once.
     *
     * @return the newly generated token, empty when none was generated
     */
    public Optional<String> bootstrapAdmin(String configuredToken) {
        if (configuredToken != null) {
            String hash = hash(configuredToken);
            if (store.nameOf(hash).isEmpty()) {
                store.insert(hash, ADMIN, clock.instant());
            }
            return Optional.empty();
        }
        if (store.count() > 0) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "slw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.insert(hash(token), ADMIN, clock.instant());
        return Optional.of(token);
    }

    /** The name of the principal owning this token, empty when the token is unknown. */
    public Optional<String> principalOf(String token) {
        return store.nameOf(hash(token));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
