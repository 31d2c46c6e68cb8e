package io.slipway.gateway.plugin.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import io.slipway.gateway.plugin.ConsumerIndex;
import io.slipway.gateway.plugin.PluginRegistry;
import io.slipway.gateway.plugin.TestExchange;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class JwtFilterTest {

    private static final String LONG_SECRET = "a-secret-of-at-least-thirty-two-bytes!!";
    private static final KeyPair RSA = rsa();

    private final ConsumerIndex consumers = ConsumerIndex.builder()
            .consumer("c-1", "alice", null)
            .jwt(new ConsumerIndex.JwtSecret("j-1", "c-1", "alice-iss", LONG_SECRET, "HS256", null))
            .jwt(new ConsumerIndex.JwtSecret("j-2", "c-1", "short-iss", "short", "HS256", null))
            .jwt(new ConsumerIndex.JwtSecret("j-3", "c-1", "rsa-iss", null, "RS256", pem(RSA)))
            .build();

    private JwtFilter filter(Map<String, ?> config) {
        return new JwtFilter(PluginRegistry.validate("jwt", config), consumers);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    @Test
    void hs256TokenInBearerHeaderIdentifiesTheConsumer() throws Exception {
        String token = hs256(LONG_SECRET, Map.of("iss", "alice-iss", "exp", now() + 60));
        TestExchange e = TestExchange.get("/").header("Authorization", "Bearer " + token)
                .run(filter(Map.of("claims_to_verify", List.of("exp"))));
        assertThat(e.passed).isTrue();
        assertThat(e.consumer().orElseThrow().credentialId()).isEqualTo("j-1");
    }

    @Test
    void secretsShorterThan256BitsWorkAsInKong() {
        String token = hmacByHand("short", "{\"iss\":\"short-iss\"}");
        assertThat(TestExchange.get("/?jwt=" + token).run(filter(Map.of())).passed).isTrue();
    }

    @Test
    void rs256TokenIsVerifiedWithThePublicKey() throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.RS256), new Payload(Map.of("iss", "rsa-iss")));
        jws.sign(new RSASSASigner(RSA.getPrivate()));
        TestExchange e = TestExchange.get("/").header("Authorization", "bearer " + jws.serialize()).run(filter(Map.of()));
        assertThat(e.passed).isTrue();
        assertThat(e.consumer().orElseThrow().credentialId()).isEqualTo("j-3");
    }

    @Test
    void hs256TokenForAnRsaCredentialIsAnInvalidAlgorithm() throws Exception {
        String token = hs256(LONG_SECRET, Map.of("iss", "rsa-iss"));
        assertThat(TestExchange.get("/?jwt=" + token).run(filter(Map.of())).body())
                .isEqualTo("{\"message\":\"Invalid algorithm\"}");
    }

    @Test
    void wrongSignatureIsRefused() throws Exception {
        String token = hs256("another-secret-of-at-least-thirty-two-bytes", Map.of("iss", "alice-iss"));
        TestExchange e = TestExchange.get("/?jwt=" + token).run(filter(Map.of()));
        assertThat(e.status).isEqualTo(401);
        assertThat(e.body()).isEqualTo("{\"message\":\"Invalid signature\"}");
    }

    @Test
    void expiredTokenIsRefusedWithKongsClaimBody() throws Exception {
        String token = hs256(LONG_SECRET, Map.of("iss", "alice-iss", "exp", now() - 10));
        TestExchange e = TestExchange.get("/?jwt=" + token).run(filter(Map.of("claims_to_verify", List.of("exp"))));
        assertThat(e.status).isEqualTo(401);
        assertThat(e.body()).isEqualTo("{\"exp\":\"token expired\"}");
    }

    @Test
    void tokenNotYetValidIsRefused() throws Exception {
        String token = hs256(LONG_SECRET, Map.of("iss", "alice-iss", "nbf", now() + 600));
        TestExchange e = TestExchange.get("/?jwt=" + token).run(filter(Map.of("claims_to_verify", List.of("nbf"))));
        assertThat(e.body()).isEqualTo("{\"nbf\":\"token not valid yet\"}");
    }

    @Test
    void expiryBeyondTheMaximumIsRefused() throws Exception {
        String token = hs256(LONG_SECRET, Map.of("iss", "alice-iss", "exp", now() + 7200));
        TestExchange e = TestExchange.get("/?jwt=" + token)
                .run(filter(Map.of("claims_to_verify", List.of("exp"), "maximum_expiration", 3600)));
        assertThat(e.body()).isEqualTo("{\"exp\":\"exceeds maximum allowed expiration\"}");
    }

    @Test
    void missingOrUnknownIssuerAndGarbageAreRefusedWithKongsMessages() throws Exception {
        assertThat(TestExchange.get("/?jwt=" + hs256(LONG_SECRET, Map.of("sub", "x"))).run(filter(Map.of())).body())
                .isEqualTo("{\"message\":\"No mandatory 'iss' in claims\"}");
        assertThat(TestExchange.get("/?jwt=" + hs256(LONG_SECRET, Map.of("iss", "who"))).run(filter(Map.of())).body())
                .isEqualTo("{\"message\":\"No credentials found for given 'iss'\"}");
        assertThat(TestExchange.get("/?jwt=not.a.token").run(filter(Map.of())).body())
                .isEqualTo("{\"message\":\"Bad token; invalid JSON\"}");
        assertThat(TestExchange.get("/").run(filter(Map.of())).body()).isEqualTo("{\"message\":\"Unauthorized\"}");
    }

    @Test
    void tokenInACookieIsFound() throws Exception {
        String token = hs256(LONG_SECRET, Map.of("iss", "alice-iss"));
        TestExchange e = TestExchange.get("/").header("Cookie", "a=b; session=" + token)
                .run(filter(Map.of("cookie_names", List.of("session"))));
        assertThat(e.passed).isTrue();
    }

    @Test
    void base64SecretsAreDecodedWhenConfigured() {
        ConsumerIndex index = ConsumerIndex.builder().consumer("c-1", "alice", null)
                .jwt(new ConsumerIndex.JwtSecret("j-1", "c-1", "b64", Base64.getEncoder().encodeToString(
                        "raw-secret".getBytes(StandardCharsets.UTF_8)), "HS256", null)).build();
        JwtFilter f = new JwtFilter(PluginRegistry.validate("jwt", Map.of("secret_is_base64", true)), index);
        assertThat(TestExchange.get("/?jwt=" + hmacByHand("raw-secret", "{\"iss\":\"b64\"}")).run(f).passed).isTrue();
    }

    static String hs256(String secret, Map<String, Object> claims) throws JOSEException {
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(claims));
        jws.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jws.serialize();
    }

    /** HS256 with any secret length (nimbus' signer insists on 256 bits; Kong does not). */
    static String hmacByHand(String secret, String payloadJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return input + "." + b64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(KeyPair pair) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
