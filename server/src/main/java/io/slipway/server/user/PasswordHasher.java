package io.slipway.server.user;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/**
 * Password hashing with bcrypt (at.favre.lib). {@link #verify} against an unknown user still spends
 * one bcrypt check, so the answer time does not tell which user names exist.
 */
final class PasswordHasher {

    private static final int COST = 10;
    private static final String DUMMY = BCrypt.withDefaults().hashToString(COST, "no such user".toCharArray());

    String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    boolean verify(String password, String hash) {
        String against = hash == null ? DUMMY : hash;
        boolean ok = BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                against.getBytes(StandardCharsets.UTF_8)).verified;
        return ok && hash != null;
    }
}
