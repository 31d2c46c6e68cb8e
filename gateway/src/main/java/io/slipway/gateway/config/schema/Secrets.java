package io.slipway.gateway.config.schema;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Generated credential secrets and bcrypt hashing of basic-auth passwords. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    private static final int COST = 10;

    private Secrets() {}

    /** 32 random hex characters, like Kong's generated keys. */
    static String randomKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static EntitySchema.Preparation generate(String... fields) {
        return (input, errors) -> {
            for (String field : fields) {
                var value = input.get(field);
                if (value == null || value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
                    input.put(field, randomKey());
                }
            }
        };
    }

    /**
     * Replaces a plain password by its bcrypt hash; a value that already is a bcrypt hash is kept. The
     * salt is derived from the credential's id (unique per credential), so that the same declarative
     * file gives the same hash, and the same configuration_hash, on every node.
     */
    static void hashPassword(ObjectNode input, ObjectNode errors) {
        var password = input.get("password");
        if (password != null && password.isTextual() && !password.asText().isEmpty()
                && !BCRYPT.matcher(password.asText()).matches()) {
            byte[] salt = salt(input.path("id").asText(""));
            byte[] hash = BCrypt.withDefaults().hash(COST, salt, password.asText().getBytes(StandardCharsets.UTF_8));
            input.put("password", new String(hash, StandardCharsets.UTF_8));
        }
    }

    private static byte[] salt(String id) {
        byte[] salt = new byte[16];
        if (id.isEmpty()) {
            RANDOM.nextBytes(salt);
            return salt;
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(("slipway-basic-auth:" + id).getBytes(StandardCharsets.UTF_8));
            System.arraycopy(digest, 0, salt, 0, 16);
            return salt;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
