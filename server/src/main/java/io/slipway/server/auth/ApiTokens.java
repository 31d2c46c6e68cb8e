package io.slipway.server.auth;

import io.slipway.server.store.TokenRow;
import io.slipway.server.store.TokenStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * API tokens: issues the first admin's token and users' tokens, and recognises presented ones. Each
 * token belongs to a user (its {@code name}). Tokens are stored only as SHA-256 hashes; a token is
 * 32 random bytes, so a slow password hash would add nothing. Thread-safe: all state is in the store.
 */
public final class ApiTokens {

    static final String ADMIN = "admin";
    private static final String BOOTSTRAP_ID = "bootstrap";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenStore store;
    private final Clock clock;

    /** A token just issued: the value is shown once, then only its id and label. */
    public record Issued(String id, String label, String token) {
    }

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
                store.insertLabelled(hash, ADMIN, clock.instant(), BOOTSTRAP_ID + "-" + hash.substring(0, 8),
                        "SLIPWAY_ADMIN_TOKEN");
            }
            return Optional.empty();
        }
        if (store.count() > 0) {
            return Optional.empty();
        }
        String token = newToken();
        store.insertLabelled(hash(token), ADMIN, clock.instant(), BOOTSTRAP_ID, "generated on first start");
        return Optional.of(token);
    }

    /** Issues a new token for {@code user}; the value is in the result only. */
    public Issued issue(String user, String label) {
        String token = newToken();
        String id = "tok_" + hash(token).substring(0, 12);
        store.insertLabelled(hash(token), user, clock.instant(), id, label);
        return new Issued(id, label, token);
    }

    /** The tokens of a user: ids, labels and creation times. */
    public List<TokenRow> of(String user) {
        return store.ofUser(user);
    }

    /** Revokes one token; false when the user has no token of that id. */
    public boolean revoke(String user, String id) {
        return store.revoke(user, id) > 0;
    }

    /** Revokes every token of a user (the user is being removed). */
    public void revokeAll(String user) {
        store.revokeAllOf(user);
    }

    /** The name of the user owning this token, empty when the token is unknown. */
    public Optional<String> principalOf(String token) {
        return store.nameOf(hash(token));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "slw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The SHA-256 of a secret as hex, for other stores of random secrets (sessions). */
    public static String sha256(String secret) {
        return hash(secret);
    }
}
