package io.slipway.gateway.plugin.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the signature of one JWT credential's tokens, compiled once per configuration:
 * HS256/384/512 with the credential's secret (by JCA's HMAC, since Kong accepts secrets shorter
 * than the 256 bits nimbus insists on), RS256/384/512 with its PEM public key (by nimbus).
 * Thread-safe: the {@link Mac}s are per thread.
 */
final class JwtVerifier {

    private static final Map<String, String> HMACS = Map.of("HS256", "HmacSHA256", "HS384", "HmacSHA384",
            "HS512", "HmacSHA512");
    private static final Map<String, ThreadLocal<Mac>> MACS = Map.of(
            "HS256", macs("HmacSHA256"), "HS384", macs("HmacSHA384"), "HS512", macs("HmacSHA512"));

    private final String algorithm;
    private final SecretKeySpec hmacKey;
    private final RSASSAVerifier rsa;

    private JwtVerifier(String algorithm, SecretKeySpec hmacKey, RSASSAVerifier rsa) {
        this.algorithm = algorithm;
        this.hmacKey = hmacKey;
        this.rsa = rsa;
    }

    /**
     * The verifier for a credential, or null when its key cannot be used (Kong's "Invalid key/secret").
     */
    static JwtVerifier of(String algorithm, String secret, String rsaPublicKey, boolean secretIsBase64) {
        String alg = algorithm == null ? "HS256" : algorithm;
        try {
            if (HMACS.containsKey(alg)) {
                if (secret == null) {
                    return null;
                }
                byte[] key = secretIsBase64 ? Base64.getDecoder().decode(secret.trim())
                        : secret.getBytes(StandardCharsets.UTF_8);
                return key.length == 0 ? null : new JwtVerifier(alg, new SecretKeySpec(key, HMACS.get(alg)), null);
            }
            if (alg.startsWith("RS") && rsaPublicKey != null) {
                return new JwtVerifier(alg, null, new RSASSAVerifier(parsePem(rsaPublicKey)));
            }
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return null;
        }
        return new JwtVerifier(alg, null, null);
    }

    String algorithm() {
        return algorithm;
    }

    /** Whether this verifier holds a usable key. */
    boolean usable() {
        return hmacKey != null || rsa != null;
    }

    boolean verify(JWSObject token) {
        try {
            if (hmacKey != null) {
                Mac mac = MACS.get(algorithm).get();
                mac.init(hmacKey);
                byte[] expected = mac.doFinal(token.getSigningInput());
                return MessageDigest.isEqual(expected, token.getSignature().decode());
            }
            return rsa != null && JWSAlgorithm.parse(algorithm).equals(token.getHeader().getAlgorithm())
                    && token.verify(rsa);
        } catch (GeneralSecurityException | JOSEException | IllegalStateException e) {
            return false;
        }
    }

    private static RSAPublicKey parsePem(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(base64);
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }

    private static ThreadLocal<Mac> macs(String name) {
        return ThreadLocal.withInitial(() -> {
            try {
                return Mac.getInstance(name);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK lacks " + name, e);
            }
        });
    }
}
