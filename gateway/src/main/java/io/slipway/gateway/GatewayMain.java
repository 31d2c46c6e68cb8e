package io.slipway.gateway;

import io.slipway.gateway.store.declarative.DeclarativeError;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar slipway-gateway.jar [--config kong.yml]}: starts a node from the environment (see
 * {@link GatewaySettings}), logs one line with its ports and stops cleanly on SIGTERM or Ctrl-C.
 */
public final class GatewayMain {

    static {
        // before the first logger exists: the node's own quiet logging unless the user chose a configuration
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "io/slipway/gateway/gateway-logback.xml");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(GatewayMain.class);

    private GatewayMain() {}

    public static void main(String[] args) throws InterruptedException {
        long started = System.nanoTime();
        GatewayNode node;
        try {
            node = GatewayNode.start(GatewaySettings.fromEnvironment(System.getenv(), args));
        } catch (DeclarativeError e) {
            System.err.println("slipway-gateway: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            System.err.println("slipway-gateway: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping the gateway node");
            node.close();
            stopped.countDown();
        }, "gateway-shutdown"));
        LOG.info("Slipway gateway {} started in {} ms: proxy on port {}, Admin API on {}", GatewayNode.version(),
                (System.nanoTime() - started) / 1_000_000, node.proxyPort(), node.adminUrl());
        stopped.await();
    }
}
