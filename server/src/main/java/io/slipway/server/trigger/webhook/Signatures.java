package io.slipway.server.trigger.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How each provider proves a delivery came from it, checked against one candidate secret, always in
 * constant time ({@link MessageDigest#isEqual}):
 * GitHub {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body>}; GitLab
 * {@code X-Gitlab-Token: <the secret>}; Gitea {@code X-Gitea-Signature: <hex HMAC-SHA256>};
 * Bitbucket {@code X-Hub-Signature: sha256=<hex HMAC-SHA256>}; generic as GitHub.
 */
public final class Signatures {

    private Signatures() {
    }

    /** Whether {@code body} with these headers is signed with {@code secret} the way {@code provider} signs. */
    public static boolean valid(Provider provider, Function<String, String> headers, byte[] body, String secret) {
        return switch (provider) {
            case GITLAB -> equal(headers.apply("X-Gitlab-Token"), secret);
            case GITEA -> equal(lower(headers.apply("X-Gitea-Signature")), hmacHex(secret, body));
            case BITBUCKET -> equal(lower(headers.apply("X-Hub-Signature")), "sha256=" + hmacHex(secret, body));
            case GITHUB, GENERIC -> equal(lower(headers.apply("X-Hub-Signature-256")), "sha256=" + hmacHex(secret, body));
        };
    }

    /** Whether the delivery carries any signature header at all (to tell "missing" from "wrong"). */
    public static boolean present(Provider provider, Function<String, String> headers) {
        String header = switch (provider) {
            case GITLAB -> headers.apply("X-Gitlab-Token");
            case GITEA -> headers.apply("X-Gitea-Signature");
            case BITBUCKET -> headers.apply("X-Hub-Signature");
            case GITHUB, GENERIC -> headers.apply("X-Hub-Signature-256");
        };
        return header != null && !header.isBlank();
    }

    /** Lower-case hex of HMAC-SHA256 of {@code body} keyed by {@code secret}. */
    public static String hmacHex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static boolean equal(String given, String expected) {
        if (given == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(given.trim().getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
