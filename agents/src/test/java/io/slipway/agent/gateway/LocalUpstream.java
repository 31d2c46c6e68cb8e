package io.slipway.agent.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A released service version in tests: a JDK HTTP server on 127.0.0.1:0 that answers every request with its
 * name and a status (200, or 500 for a broken version). With {@link #holdRequests()} requests wait until
 * {@link #release()}, to have requests in flight.
 */
final class LocalUpstream implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final String name;
    private final int status;
    private volatile CountDownLatch hold = new CountDownLatch(0);

    LocalUpstream(String name, int status) throws IOException {
        this.name = name;
        this.status = status;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                hold.await(30, TimeUnit.SECONDS);
                byte[] body = name.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    String target() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    String url() {
        return "http://" + target();
    }

    void holdRequests() {
        hold = new CountDownLatch(1);
    }

    void release() {
        hold.countDown();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }
}
