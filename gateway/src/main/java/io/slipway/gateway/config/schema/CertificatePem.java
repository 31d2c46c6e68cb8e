package io.slipway.gateway.config.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * Checks of Kong's certificate fields with the JDK's own parsers: {@code cert} must hold PEM X.509
 * certificates (a chain, leaf first), {@code key} a PEM PKCS#8 private key ({@code BEGIN PRIVATE KEY},
 * what OpenSSL 1.1 and later write; a PKCS#1 {@code BEGIN RSA PRIVATE KEY} is refused with the command
 * that converts it), and the key must belong to the leaf certificate (checked by signing and verifying).
 */
public final class CertificatePem {

    private static final String KEY_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String KEY_END = "-----END PRIVATE KEY-----";

    private CertificatePem() {}

    static final FieldType.Check CERT = value -> {
        try {
            return certificates(value).isEmpty() ? "invalid certificate: no PEM certificate found" : null;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return "invalid certificate: " + e.getMessage();
        }
    };

    static final FieldType.Check KEY = value -> {
        try {
            privateKey(value);
            return null;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return "invalid key: " + e.getMessage();
        }
    };

    /** The certificates of a PEM text, leaf first. */
    public static List<X509Certificate> certificates(String pem) throws GeneralSecurityException {
        Collection<? extends java.security.cert.Certificate> all = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem.trim().getBytes(StandardCharsets.US_ASCII)));
        var out = new ArrayList<X509Certificate>();
        all.forEach(c -> out.add((X509Certificate) c));
        return out;
    }

    /** The private key of a PEM PKCS#8 text (RSA, EC or EdDSA). */
    public static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        if (pem.contains("BEGIN RSA PRIVATE KEY") || pem.contains("BEGIN EC PRIVATE KEY")) {
            throw new IllegalArgumentException("a PKCS#1/SEC1 key; convert it to PKCS#8 with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in key.pem' (BEGIN PRIVATE KEY)");
        }
        int begin = pem.indexOf(KEY_BEGIN);
        int end = pem.indexOf(KEY_END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("expected a PEM private key (-----BEGIN PRIVATE KEY-----)");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + KEY_BEGIN.length(), end));
        var spec = new PKCS8EncodedKeySpec(der);
        GeneralSecurityException last = null;
        for (String algorithm : new String[] {"RSA", "EC", "Ed25519", "Ed448"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw new GeneralSecurityException("not an RSA, EC or EdDSA PKCS#8 key", last);
    }

    /** Entity check: each key belongs to its certificate. */
    static void keysMatch(ObjectNode certificate, ObjectNode errors) {
        pairMatches(certificate, errors, "cert", "key");
        if (certificate.path("cert_alt").isTextual() != certificate.path("key_alt").isTextual()) {
            errors.putArray("@entity").add("all or none of these fields must be set: 'cert_alt', 'key_alt'");
            return;
        }
        pairMatches(certificate, errors, "cert_alt", "key_alt");
    }

    private static void pairMatches(ObjectNode certificate, ObjectNode errors, String certField, String keyField) {
        if (!certificate.path(certField).isTextual() || !certificate.path(keyField).isTextual() || errors.has(certField)
                || errors.has(keyField)) {
            return;
        }
        try {
            X509Certificate leaf = certificates(certificate.get(certField).asText()).get(0);
            PrivateKey key = privateKey(certificate.get(keyField).asText());
            String algorithm = switch (key.getAlgorithm()) {
                case "RSA" -> "SHA256withRSA";
                case "EC" -> "SHA256withECDSA";
                default -> key.getAlgorithm();
            };
            byte[] probe = new byte[32];
            new SecureRandom().nextBytes(probe);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(leaf.getPublicKey());
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                errors.put(keyField, "certificate does not match key");
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            errors.put(keyField, "certificate does not match key");
        }
    }
}
