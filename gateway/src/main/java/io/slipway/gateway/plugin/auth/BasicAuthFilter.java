package io.slipway.gateway.plugin.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;
import io.slipway.gateway.filter.AuthenticatedConsumer;
import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.plugin.ConsumerIndex;
import io.slipway.gateway.plugin.schema.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Kong's basic-auth: {@code Proxy-Authorization}, then {@code Authorization}, {@code Basic
 * base64(user:password)}, checked against the credential's bcrypt hash. bcrypt costs tens of
 * milliseconds, too much for every request on an event loop: a successful check is remembered in a
 * {@link VerifiedCredentials} cache keyed by a SHA-256 digest of the header (the password itself is
 * never kept), which lives as long as this configuration. A cache miss for a known username still
 * runs bcrypt on the event loop; unknown usernames are refused without hashing.
 */
public final class BasicAuthFilter extends AuthenticationFilter {

    private static final AsciiString CREDENTIAL_USERNAME = AsciiString.cached("X-Credential-Username");

    private final boolean hideCredentials;
    private final ConsumerIndex consumers;
    private final VerifiedCredentials verified = new VerifiedCredentials(10_000);
    private final Rejection unauthorized;
    private final Rejection invalid;

    public BasicAuthFilter(ObjectNode config, ConsumerIndex consumers) {
        super("basic-auth", true, Json.text(config, "anonymous"), consumers);
        this.hideCredentials = config.path("hide_credentials").asBoolean(false);
        this.consumers = consumers;
        String realm = Json.text(config, "realm");
        String challenge = "Basic realm=\"" + (realm == null ? "kong" : realm) + "\"";
        this.unauthorized = Rejection.challenged(401, "Unauthorized", challenge);
        this.invalid = Rejection.challenged(401, "Invalid authentication credentials", challenge);
    }

    @Override
    Rejection authenticate(Exchange exchange) {
        HttpHeaders headers = exchange.requestHeaders();
        String proxyAuth = headers.get(HttpHeaderNames.PROXY_AUTHORIZATION);
        String auth = headers.get(HttpHeaderNames.AUTHORIZATION);
        if (proxyAuth == null && auth == null) {
            return unauthorized;
        }
        if (hideCredentials) {
            headers.remove(HttpHeaderNames.PROXY_AUTHORIZATION);
            headers.remove(HttpHeaderNames.AUTHORIZATION);
        }
        String username = check(proxyAuth);
        if (username == null) {
            username = check(auth);
        }
        if (username == null) {
            return invalid;
        }
        ConsumerIndex.Match<ConsumerIndex.BasicCredential> match = consumers.basicByUsername(username);
        exchange.authenticate(match.consumer());
        headers.set(CREDENTIAL_USERNAME, username);
        return null;
    }

    /** The username when {@code header} carries valid credentials, else null. */
    private String check(String header) {
        if (header == null) {
            return null;
        }
        String cached = verified.get(header);
        if (cached != null) {
            return cached;
        }
        String[] userAndPassword = decode(header);
        if (userAndPassword == null) {
            return null;
        }
        ConsumerIndex.Match<ConsumerIndex.BasicCredential> match = consumers.basicByUsername(userAndPassword[0]);
        if (match == null || match.credential().passwordHash() == null) {
            return null;
        }
        boolean ok = BCrypt.verifyer().verify(userAndPassword[1].toCharArray(),
                match.credential().passwordHash().toCharArray()).verified;
        if (!ok) {
            return null;
        }
        verified.put(header, userAndPassword[0]);
        return userAndPassword[0];
    }

    /** {@code [username, password]} of a {@code Basic} header, or null when it is not one. */
    static String[] decode(String header) {
        String value = header.trim();
        if (!value.regionMatches(true, 0, "basic", 0, 5)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(value.substring(5).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
