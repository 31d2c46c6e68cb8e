package io.slipway.agent.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One docker-java client per engine, over the httpclient5 transport (unix socket or TCP), kept for reuse by every
 * build. The client speaks the engine's own API version (no version pinned), so Debian's docker.io and newer
 * engines both answer. Thread-safe.
 */
public final class DockerEngines {

    private final Map<DockerSettings, DockerClient> clients = new ConcurrentHashMap<>();

    /** The client of {@code settings}' engine. */
    public DockerClient client(DockerSettings settings) {
        return clients.computeIfAbsent(settings, s -> {
            var config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                    .withDockerHost(s.host().toString()).withDockerTlsVerify(false).build();
            var http = new ApacheDockerHttpClient.Builder().dockerHost(config.getDockerHost())
                    .sslConfig(config.getSSLConfig()).maxConnections(32)
                    .connectionTimeout(Duration.ofSeconds(10)).responseTimeout(Duration.ofMinutes(30)).build();
            return DockerClientImpl.getInstance(config, http);
        });
    }
}
