package io.slipway.server.cli;

import io.slipway.gateway.GatewayNode;
import io.slipway.server.SlipwayServer;
import io.slipway.server.config.ServerSettings;
import java.util.Optional;

/**
 * {@code slipway.jar serve}: starts the server from environment variables ({@code SLIPWAY_PORT},
 * {@code SLIPWAY_DATA}, {@code SLIPWAY_DB_URL}, ...), embeds a gateway node unless
 * {@code SLIPWAY_GATEWAY_ENABLED=false}, and keeps running until the process is stopped.
 */
public final class ServeCommand {

    /** Returned by {@link #run} when the server runs on in its own threads. */
    public static final int KEEP_RUNNING = -1;

    private ServeCommand() {
    }

    public static int run(String[] args) {
        if (args.length > 0) {
            System.err.println("serve takes no arguments; configure it with SLIPWAY_* environment variables");
            return 2;
        }
        ServerSettings settings;
        io.slipway.server.config.ReleaseSettings release;
        try {
            settings = ServerSettings.fromEnvironment(System.getenv());
            release = io.slipway.server.config.ReleaseSettings.fromEnvironment(System.getenv(), settings.gatewayEnabled());
        } catch (IllegalArgumentException e) {
            System.err.println("serve: " + e.getMessage());
            return 2;
        }
        SlipwayServer server = SlipwayServer.start(SlipwayServer.Options.of(settings).withRelease(release));
        Optional<GatewayNode> gateway;
        try {
            gateway = EmbeddedGateway.start(settings, System.getenv());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        gateway.ifPresent(node -> System.out.println("Embedded gateway node: proxy on port " + node.proxyPort()
                + ", Admin API at " + node.adminUrl()));
        gateway.ifPresent(node -> server.attachGateway(node.adminUrl(), System.getenv("SLIPWAY_GATEWAY_ADMIN_TOKEN")));
        server.generatedAdminPassword().ifPresent(password -> System.out.println("""

                Slipway created the user 'admin' with a generated password. It is shown only this once; keep it:

                    %s

                Sign in at http://127.0.0.1:%d/login (set SLIPWAY_ADMIN_PASSWORD to choose it instead).
                """.formatted(password, server.port())));
        server.generatedAdminToken().ifPresent(token -> System.out.println("""

                Slipway generated the admin API token. It is shown only this once; keep it:

                    %s

                Use it as 'Authorization: Bearer <token>' on /api/** calls.
                """.formatted(token)));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.ifPresent(GatewayNode::close);
            server.close();
        }, "slipway-shutdown"));
        return KEEP_RUNNING;
    }
}
