package io.slipway.agent.notify.chat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * DingTalk's signature for robots with "加签" (signing) on: the string {@code timestamp + "\n" + secret}
 * (timestamp in milliseconds) is signed with HmacSHA256 keyed by the secret, Base64-encoded, URL-encoded,
 * and sent as the {@code timestamp} and {@code sign} query parameters. DingTalk refuses a timestamp more
 * than an hour away from its clock.
 */
public final class DingTalkSigner {

    private DingTalkSigner() {
    }

    /** The URL-encoded signature of {@code timestampMillis} under {@code secret}. */
    public static String sign(String secret, long timestampMillis) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return URLEncoder.encode(Base64.getEncoder().encodeToString(digest), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** {@code webhook} with {@code timestamp} and {@code sign} appended to its query. */
    public static Webhook signed(Webhook webhook, String secret, long timestampMillis) {
        String url = webhook.uri().toString();
        String separator = webhook.uri().getRawQuery() == null ? "?" : "&";
        return new Webhook(URI.create(url + separator + "timestamp=" + timestampMillis + "&sign="
                + sign(secret, timestampMillis)));
    }
}
