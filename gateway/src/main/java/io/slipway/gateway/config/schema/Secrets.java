package io.slipway.gateway.config.schema;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /** Replaces a plain password by its bcrypt hash; a value that already is a bcrypt hash is kept. */
    static void hashPassword(ObjectNode input, ObjectNode errors) {
        var password = input.get("password");
        if (password != null && password.isTextual() && !password.asText().isEmpty()
                && !BCRYPT.matcher(password.asText()).matches()) {
            input.put("password", BCrypt.withDefaults().hashToString(COST, password.asText().toCharArray()));
        }
    }
}
