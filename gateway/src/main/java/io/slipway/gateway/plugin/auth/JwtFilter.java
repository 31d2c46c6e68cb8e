package io.slipway.gateway.plugin.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSObject;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.util.AsciiString;
import io.slipway.gateway.filter.Exchange;
import io.slipway.gateway.plugin.ConsumerIndex;
import io.slipway.gateway.plugin.schema.Json;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kong's jwt plugin: takes the token from the query ({@code uri_param_names}), cookies
 * ({@code cookie_names}) or a {@code Bearer} header ({@code header_names}), finds the credential
 * by the {@code key_claim_name} claim (default {@code iss}), checks the algorithm and signature
 * (nimbus-jose-jwt parses the token) and the registered claims of {@code claims_to_verify}
 * ({@code exp}, {@code nbf}) and {@code maximum_expiration}. Verifiers are compiled once per
 * configuration. Kong's messages: "Unauthorized", "Bad token; invalid JSON", "No mandatory 'iss' in
 * claims", "No credentials found for given 'iss'", "Invalid algorithm", "Invalid key/secret",
 * "Invalid signature", and {@code {"exp":"token expired"}} style bodies for claims.
 */
public final class JwtFilter extends AuthenticationFilter {

    private static final Rejection NO_TOKEN = Rejection.of(401, "Unauthorized");
    private static final Rejection BAD_TOKEN = Rejection.of(401, "Bad token; invalid JSON");
    private static final Rejection MULTIPLE = Rejection.of(401, "Multiple tokens provided");
    private static final Rejection BAD_ALGORITHM = Rejection.of(401, "Invalid algorithm");
    private static final Rejection BAD_KEY = Rejection.of(401, "Invalid key/secret");
    private static final Rejection BAD_SIGNATURE = Rejection.of(401, "Invalid signature");

    private record Credential(ConsumerIndex.Match<ConsumerIndex.JwtSecret> match, JwtVerifier verifier) {}

    private final List<String> uriParams;
    private final List<String> cookieNames;
    private final AsciiString[] headerNames;
    private final String keyClaim;
    private final Rejection missingKeyClaim;
    private final Rejection emptyKeyClaim;
    private final Rejection unknownKey;
    private final JwtClaims claims;
    private final Map<String, Credential> credentials;

    public JwtFilter(ObjectNode config, ConsumerIndex consumers) {
        super("jwt", config.path("run_on_preflight").asBoolean(true), Json.text(config, "anonymous"), consumers);
        this.uriParams = Json.strings(config, "uri_param_names");
        this.cookieNames = Json.strings(config, "cookie_names");
        this.headerNames = Json.strings(config, "header_names").stream().map(AsciiString::of).toArray(AsciiString[]::new);
        this.keyClaim = config.path("key_claim_name").asText("iss");
        this.missingKeyClaim = Rejection.of(401, "No mandatory '" + keyClaim + "' in claims");
        this.emptyKeyClaim = Rejection.of(401, "Invalid '" + keyClaim + "' in claims");
        this.unknownKey = Rejection.of(401, "No credentials found for given '" + keyClaim + "'");
        this.claims = new JwtClaims(Json.strings(config, "claims_to_verify"),
                config.path("maximum_expiration").asLong(0));
        boolean base64 = config.path("secret_is_base64").asBoolean(false);
        Map<String, Credential> compiled = new HashMap<>();
        for (ConsumerIndex.Match<ConsumerIndex.JwtSecret> match : consumers.jwtSecrets()) {
            ConsumerIndex.JwtSecret s = match.credential();
            compiled.put(s.key(), new Credential(match, JwtVerifier.of(s.algorithm(), s.secret(), s.rsaPublicKey(), base64)));
        }
        this.credentials = Map.copyOf(compiled);
    }

    @Override
    Rejection authenticate(Exchange exchange) {
        String token = TokenLocator.find(exchange, uriParams, cookieNames, headerNames);
        if (token == TokenLocator.MULTIPLE) {
            return MULTIPLE;
        }
        if (token == null || token.isEmpty()) {
            return NO_TOKEN;
        }
        JWSObject jws;
        Map<String, Object> payload;
        try {
            jws = JWSObject.parse(token);
            payload = jws.getPayload().toJSONObject();
        } catch (ParseException | IllegalArgumentException e) {
            return BAD_TOKEN;
        }
        if (payload == null) {
            return BAD_TOKEN;
        }
        Object key = payload.get(keyClaim);
        if (key == null) {
            key = "kid".equals(keyClaim) ? jws.getHeader().getKeyID() : jws.getHeader().getCustomParam(keyClaim);
        }
        if (key == null) {
            return missingKeyClaim;
        }
        if (!(key instanceof String) || ((String) key).isEmpty()) {
            return emptyKeyClaim;
        }
        Credential credential = credentials.get(key);
        if (credential == null) {
            return unknownKey;
        }
        if (credential.verifier() == null) {
            return BAD_KEY;
        }
        if (!credential.verifier().algorithm().equals(jws.getHeader().getAlgorithm().getName())) {
            return BAD_ALGORITHM;
        }
        if (!credential.verifier().usable()) {
            return BAD_KEY;
        }
        if (!credential.verifier().verify(jws)) {
            return BAD_SIGNATURE;
        }
        String claimErrors = claims.check(payload, System.currentTimeMillis() / 1000);
        if (claimErrors != null) {
            return Rejection.withBody(401, claimErrors);
        }
        exchange.authenticate(credential.match().consumer());
        return null;
    }

    /** The request's cookie header, for {@link TokenLocator}. */
    static String cookieHeader(Exchange exchange) {
        return exchange.requestHeaders().get(HttpHeaderNames.COOKIE);
    }
}
