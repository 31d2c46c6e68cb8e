package io.slipway.server.user;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/**
 * Password hashing with bcrypt (at.favre.lib). {@link #verify} against an unknown user still spends
 * one bcrypt check, so the answer time does not tell which user names exist.
 */
final class PasswordHasher {

    private static final int COST = 10;
    /**
     * A bcrypt hash (cost {@value #COST}) of "no such user", made once with this library. Written out rather than
     * computed at class load: computing it cost every server start a bcrypt round on a cold JVM; checking against
     * it costs the same as against a real user's hash, which is all it is for.
     */
    static final String DUMMY = "$2a$10$lBd9dmLqqs4H4ynpUmLP/OB9ZeZafxMYECNN20Tqa5LmmYTq6IGsi";

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
