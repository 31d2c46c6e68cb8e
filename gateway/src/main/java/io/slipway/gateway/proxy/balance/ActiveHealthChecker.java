package io.slipway.gateway.proxy.balance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Kong's active health checks: every upstream with an interval set has its targets probed with an
 * HTTP GET of {@code http_path}; healthy targets at the healthy interval, unhealthy ones at the
 * unhealthy interval. Runs on one daemon thread, off the proxy's event loops; it reads the registry
 * on each tick, so configuration changes need no rescheduling.
 */
public final class ActiveHealthChecker implements AutoCloseable {

    private static final long TICK_MILLIS = 100;

    private final UpstreamRegistry registry;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "slipway-gateway-healthcheck");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final java.util.Map<TargetState, Long> nextProbe = new java.util.concurrent.ConcurrentHashMap<>();

    public ActiveHealthChecker(UpstreamRegistry registry) {
        this.registry = registry;
        timer.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        long now = System.nanoTime();
        for (UpstreamRuntime upstream : registry.all()) {
            ActiveCheck check = upstream.settings().active();
            if (!check.enabled()) continue;
            for (TargetState target : upstream.targets()) {
                double interval = target.healthy() ? check.healthyIntervalSeconds() : check.unhealthyIntervalSeconds();
                if (interval <= 0) continue;
                Long due = nextProbe.get(target);
                if (due != null && now - due < 0) continue;
                nextProbe.put(target, now + (long) (interval * 1e9));
                probe(target, check);
            }
        }
        nextProbe.keySet().removeIf(t -> registry.all().stream().noneMatch(u -> u.targets().contains(t)));
    }

    private void probe(TargetState target, ActiveCheck check) {
        URI uri = URI.create("http://" + target.address().getAddress().getHostAddress() + ":"
                + target.address().getPort() + check.httpPath());
        HttpRequest request = HttpRequest.newBuilder(uri).GET()
                .timeout(Duration.ofMillis((long) (check.timeoutSeconds() * 1000))).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (response != null) {
                target.reportStatus(response.statusCode(), check.thresholds());
            } else if (error instanceof HttpTimeoutException || error.getCause() instanceof HttpTimeoutException) {
                target.reportTimeout(check.thresholds());
            } else {
                target.reportTcpFailure(check.thresholds());
            }
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
