package io.slipway.gateway.proxy.balance;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One target of an upstream at run time: its resolved address, weight, health and open requests.
 * Kept across routing-table swaps while the target stays configured, so health is not forgotten.
 * Health counters change under this object's lock; the hot path reads only volatile fields and adds
 * to the in-flight and response counters (an atomic integer and {@code LongAdder}s).
 */
public final class TargetState {

    private final String name;
    private final String hostHeader;
    private final InetSocketAddress address;
    private volatile int weight;
    private volatile boolean healthy = true;
    private final AtomicInteger active = new AtomicInteger();
    private final ResponseCounter responses = new ResponseCounter();
    private int successes;
    private int tcpFailures;
    private int timeouts;
    private int httpFailures;

    public TargetState(String host, int port, int weight) {
        this.name = host + ":" + port;
        String literal = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        this.hostHeader = port == 80 ? literal : literal + ":" + port;
        this.address = new InetSocketAddress(host, port);
        this.weight = weight;
    }

    public String name() { return name; }
    /** The Host header that names this target ({@code host} or {@code host:port}, IPv6 in brackets), built once. */
    public String hostHeader() { return hostHeader; }
    public InetSocketAddress address() { return address; }
    public int weight() { return weight; }
    void weight(int weight) { this.weight = weight; }
    public boolean healthy() { return healthy; }
    public int activeConnections() { return active.get(); }
    public void requestStarted() { active.incrementAndGet(); }
    public void requestEnded() { active.decrementAndGet(); }
    /** Counts a final response of this target by its status class. */
    public void countResponse(int status) { responses.status(status); }
    /** Counts an attempt on this target that got no response (refused, timed out, closed early). */
    public void countConnectionFailure() { responses.connectionFailure(); }

    boolean usable() {
        return healthy && weight > 0;
    }

    /** Reports an HTTP status seen from this target. */
    public synchronized void reportStatus(int status, Thresholds t) {
        if (t.unhealthyStatuses().contains(status)) {
            successes = 0;
            if (t.httpFailures() > 0 && ++httpFailures >= t.httpFailures()) {
                healthy = false;
            }
        } else if (t.healthyStatuses().contains(status)) {
            success(t);
        }
    }

    public synchronized void reportTcpFailure(Thresholds t) {
        successes = 0;
        if (t.tcpFailures() > 0 && ++tcpFailures >= t.tcpFailures()) {
            healthy = false;
        }
    }

    public synchronized void reportTimeout(Thresholds t) {
        successes = 0;
        if (t.timeouts() > 0 && ++timeouts >= t.timeouts()) {
            healthy = false;
        }
    }

    private void success(Thresholds t) {
        tcpFailures = 0;
        timeouts = 0;
        httpFailures = 0;
        if (!healthy && t.successes() > 0 && ++successes >= t.successes()) {
            healthy = true;
            successes = 0;
        }
    }

    TargetHealth view(boolean checksOn) {
        return new TargetHealth(name, weight, checksOn ? (healthy ? "HEALTHY" : "UNHEALTHY") : "HEALTHCHECKS_OFF",
                active.get(), responses.snapshot());
    }
}
