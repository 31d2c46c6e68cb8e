package io.slipway.gateway.config.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Checks that an RS* jwt credential carries a readable PEM public key. */
final class RsaKeys {

    private RsaKeys() {}

    static void check(ObjectNode credential, ObjectNode errors) {
        String algorithm = credential.get("algorithm").asText();
        if (!algorithm.startsWith("RS") && !algorithm.startsWith("PS")) {
            return;
        }
        var key = credential.get("rsa_public_key");
        if (key == null || key.isNull()) {
            errors.put("rsa_public_key", "required field missing");
        } else if (!readable(key.asText())) {
            errors.put("rsa_public_key", "invalid key");
        }
    }

    static boolean readable(String pem) {
        try {
            String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
