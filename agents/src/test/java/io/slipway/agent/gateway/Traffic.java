package io.slipway.agent.gateway;

import io.slipway.gateway.GatewayNode;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Requests sent through a gateway's proxy on a background thread while a step runs, as users would send them
 * during a release; at most 5,000, one after the other, until closed.
 */
final class Traffic implements AutoCloseable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    Traffic(GatewayNode node, String path) {
        thread = new Thread(() -> {
            for (int i = 0; i < 5_000 && running.get(); i++) {
                try {
                    Gateways.get(node, path);
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                } catch (java.io.IOException e) {
                    // a refused request is traffic too; go on
                }
            }
        }, "test-traffic");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(30_000);
    }
}
