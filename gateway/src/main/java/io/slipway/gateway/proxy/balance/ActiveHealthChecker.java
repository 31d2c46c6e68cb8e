package io.slipway.gateway.proxy.balance;

import io.slipway.gateway.timer.TimerStats;
import io.slipway.gateway.timer.Timers;
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
 * on each tick, so configuration changes need no rescheduling. The tick is the timer
 * {@code healthcheck-tick}; the probes of each upstream are the timer {@code healthcheck:<upstream>}
 * (a run per probe, an error when the target could not be reached), there while the upstream has
 * active checks.
 */
public final class ActiveHealthChecker implements AutoCloseable {

    private static final long TICK_MILLIS = 100;
    static final String PREFIX = "healthcheck:";

    private final UpstreamRegistry registry;
    private final Timers timers;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "slipway-gateway-healthcheck");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final java.util.Map<TargetState, Long> nextProbe = new java.util.concurrent.ConcurrentHashMap<>();

    public ActiveHealthChecker(UpstreamRegistry registry, Timers timers) {
        this.registry = registry;
        this.timers = timers;
        Runnable tick = timers.register("healthcheck-tick", "finds the targets due for an active health check probe "
                + "every " + TICK_MILLIS + " ms", ActiveHealthChecker.class, TICK_MILLIS).wrap(this::tick);
        timer.scheduleWithFixedDelay(tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void tick() {
        long now = System.nanoTime();
        var checked = new java.util.HashSet<String>();
        for (UpstreamRuntime upstream : registry.all()) {
            ActiveCheck check = upstream.settings().active();
            if (!check.enabled()) continue;
            checked.add(PREFIX + upstream.name());
            TimerStats probes = timers.register(PREFIX + upstream.name(), "active health check probes: GET "
                    + check.httpPath() + " on each target of upstream " + upstream.name(), ActiveHealthChecker.class,
                    (long) (1000 * shortest(check)));
            for (TargetState target : upstream.targets()) {
                double interval = target.healthy() ? check.healthyIntervalSeconds() : check.unhealthyIntervalSeconds();
                if (interval <= 0) continue;
                Long due = nextProbe.get(target);
                if (due != null && now - due < 0) continue;
                nextProbe.put(target, now + (long) (interval * 1e9));
                probe(target, check, probes);
            }
        }
        timers.retain(PREFIX, checked);
        nextProbe.keySet().removeIf(t -> registry.all().stream().noneMatch(u -> u.targets().contains(t)));
    }

    private static double shortest(ActiveCheck check) {
        double healthy = check.healthyIntervalSeconds();
        double unhealthy = check.unhealthyIntervalSeconds();
        return healthy <= 0 ? unhealthy : unhealthy <= 0 ? healthy : Math.min(healthy, unhealthy);
    }

    private void probe(TargetState target, ActiveCheck check, TimerStats probes) {
        URI uri = URI.create("http://" + target.address().getAddress().getHostAddress() + ":"
                + target.address().getPort() + check.httpPath());
        HttpRequest request = HttpRequest.newBuilder(uri).GET()
                .timeout(Duration.ofMillis((long) (check.timeoutSeconds() * 1000))).build();
        TimerStats.Run run = probes.start();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (response != null) run.finish(null); else run.fail(probeError(uri, error));
            if (response != null) {
                target.reportStatus(response.statusCode(), check.thresholds());
            } else if (error instanceof HttpTimeoutException || error.getCause() instanceof HttpTimeoutException) {
                target.reportTimeout(check.thresholds());
            } else {
                target.reportTcpFailure(check.thresholds());
            }
        });
    }

    /**
     * What a failed probe reports as the timer's last error: the target, the failure's class and the
     * first message along its causes, e.g. {@code 127.0.0.1:9: ConnectException} or
     * {@code 127.0.0.1:9: HttpConnectTimeoutException (HTTP connect timed out)}.
     */
    private static String probeError(URI uri, Throwable error) {
        Throwable failure = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        String message = null;
        Throwable t = failure;
        for (int depth = 0; t != null && message == null && depth < 10; depth++, t = t.getCause()) {
            message = t.getMessage();
        }
        return uri.getHost() + ":" + uri.getPort() + ": " + failure.getClass().getSimpleName()
                + (message == null ? "" : " (" + message + ")");
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
