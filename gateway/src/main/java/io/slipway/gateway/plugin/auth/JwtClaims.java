package io.slipway.gateway.plugin.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.slipway.gateway.plugin.schema.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jwt plugin's checks of registered claims: {@code exp} and {@code nbf} when listed in
 * {@code claims_to_verify}, and {@code maximum_expiration} (seconds; 0 is off). Errors come back as
 * Kong's body, e.g. {@code {"exp":"token expired"}}.
 */
record JwtClaims(List<String> toVerify, long maximumExpiration) {

    JwtClaims {
        toVerify = List.copyOf(toVerify);
    }

    /** The JSON error body, or null when the claims pass; {@code now} in epoch seconds. */
    String check(Map<String, Object> claims, long now) {
        Map<String, String> errors = null;
        for (String name : toVerify) {
            Object value = claims.get(name);
            String error = null;
            if (!(value instanceof Number number)) {
                error = "must be a number";
            } else if (name.equals("exp") && number.doubleValue() <= now) {
                error = "token expired";
            } else if (name.equals("nbf") && number.doubleValue() > now) {
                error = "token not valid yet";
            }
            errors = add(errors, name, error);
        }
        if (maximumExpiration > 0 && (errors == null || !errors.containsKey("exp"))) {
            Object exp = claims.get("exp");
            if (!(exp instanceof Number number) || number.doubleValue() - now > maximumExpiration) {
                errors = add(errors, "exp", "exceeds maximum allowed expiration");
            }
        }
        if (errors == null) {
            return null;
        }
        try {
            return Json.MAPPER.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serializes", e);
        }
    }

    private static Map<String, String> add(Map<String, String> errors, String name, String error) {
        if (error == null) {
            return errors;
        }
        Map<String, String> out = errors == null ? new LinkedHashMap<>() : errors;
        out.put(name, error);
        return out;
    }
}
