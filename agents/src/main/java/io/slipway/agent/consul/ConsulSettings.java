package io.slipway.agent.consul;

import java.net.URI;
import java.util.Objects;

/**
 * Which Consul agent release steps talk to, offered by the server through
 * {@link io.slipway.agent.step.BuildExtensions} (from {@code SLIPWAY_CONSUL_URL} and
 * {@code SLIPWAY_CONSUL_TOKEN}). {@link #toString()} never shows the token.
 *
 * @param url the agent's HTTP API, e.g. {@code http://127.0.0.1:8500}
 * @param token an ACL token, or null
 */
public record ConsulSettings(URI url, String token) {

    public ConsulSettings {
        Objects.requireNonNull(url, "url");
        token = token == null || token.isBlank() ? null : token;
    }

    public static ConsulSettings of(String url) {
        return new ConsulSettings(URI.create(url), null);
    }

    @Override
    public String toString() {
        return url.toString();
    }
}
