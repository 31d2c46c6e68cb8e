package io.slipway.agent.docker;

import java.net.URI;
import java.util.Objects;

/**
 * Which Docker engine the image steps use, offered by the server through
 * {@link io.slipway.agent.step.BuildExtensions} (from {@code DOCKER_HOST}, default
 * {@code unix:///var/run/docker.sock}).
 *
 * @param host the engine's address: {@code unix:///path} or {@code tcp://127.0.0.1:2375}
 */
public record DockerSettings(URI host) {

    public DockerSettings {
        Objects.requireNonNull(host, "host");
        if (!"unix".equals(host.getScheme()) && !"tcp".equals(host.getScheme())) {
            throw new IllegalArgumentException("DOCKER_HOST must be unix:///path or tcp://host:port, was " + host);
        }
    }

    public static DockerSettings of(String host) {
        return new DockerSettings(URI.create(host));
    }

    /** The local engine's socket. */
    public static DockerSettings local() {
        return of("unix:///var/run/docker.sock");
    }
}
