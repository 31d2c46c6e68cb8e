package io.slipway.server.trigger.token;

import io.slipway.server.auth.ApiTokens;
import io.slipway.server.trigger.webhook.WebhookSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Per-job trigger tokens: 256 random bits, shown once, kept as a SHA-256 hash and compared in
 * constant time. A wrong token and an unknown job look the same to the caller.
 */
public final class TriggerTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookSettings settings;

    public TriggerTokens(WebhookSettings settings) {
        this.settings = settings;
    }

    /** Creates or rotates the token of {@code job}; the only time it is ever seen. */
    public String rotate(String job) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        settings.setTokenHash(job, ApiTokens.sha256(token));
        return token;
    }

    /** Whether {@code token} is the current token of {@code job} (false for a job without one). */
    public boolean valid(String job, String token) {
        Optional<String> stored = settings.tokenHash(job);
        String given = ApiTokens.sha256(token == null ? "" : token);
        // Compare even when there is no stored token, so that timing says nothing about the job.
        String expected = stored.orElse("0".repeat(64));
        boolean equal = MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
        return stored.isPresent() && token != null && equal;
    }
}
