package io.slipway.server.run;

import io.slipway.agent.consul.ConsulSettings;
import io.slipway.agent.docker.DockerSettings;
import io.slipway.agent.gateway.GatewayNodes;
import io.slipway.agent.step.BuildExtensions;
import io.slipway.server.config.ReleaseSettings;
import java.net.URI;

/** Turns {@link ReleaseSettings} into the services release steps look up in a build's {@link BuildExtensions}. */
public final class ReleaseExtensions {

    private ReleaseExtensions() {
    }

    /** {@code base} plus the gateway nodes and the Consul agent, where configured, and the Docker engine. */
    public static BuildExtensions of(ReleaseSettings settings, BuildExtensions base) {
        BuildExtensions extensions = base;
        if (!settings.gatewayAdminUrls().isEmpty()) {
            extensions = extensions.with(GatewayNodes.class,
                    GatewayNodes.of(settings.gatewayAdminUrls(), settings.gatewayAdminToken()));
        }
        if (settings.consulUrl() != null) {
            extensions = extensions.with(ConsulSettings.class,
                    new ConsulSettings(URI.create(settings.consulUrl()), settings.consulToken()));
        }
        return extensions.with(DockerSettings.class, DockerSettings.of(settings.dockerHost()));
    }
}
