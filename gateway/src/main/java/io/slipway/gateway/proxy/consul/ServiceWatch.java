package io.slipway.gateway.proxy.consul;

import io.slipway.gateway.proxy.balance.TargetSpec;
import io.slipway.gateway.timer.TimerStats;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.kiwiproject.consul.HealthClient;
import org.kiwiproject.consul.model.ConsulResponse;
import org.kiwiproject.consul.model.health.ServiceHealth;
import org.kiwiproject.consul.option.QueryOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows one Consul service's passing instances with blocking queries (each waits up to 30 s for
 * a change past the last seen index) and hands every new list to the listener as targets of weight 100.
 * Errors are logged once per streak and retried after a second.
 */
final class ServiceWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceWatch.class);

    private final String service;
    private final Thread thread;
    private volatile boolean closed;

    private ServiceWatch(String consulUrl, String service, TimerStats queries, Consumer<List<TargetSpec>> listener) {
        this.service = service;
        this.thread = new Thread(() -> run(consulUrl, queries, listener), "slipway-consul-" + service);
        this.thread.setDaemon(true);
    }

    /** Starts following {@code service}; each query is a run of {@code queries}. */
    static ServiceWatch start(String consulUrl, String service, TimerStats queries, Consumer<List<TargetSpec>> listener) {
        ServiceWatch watch = new ServiceWatch(consulUrl, service, queries, listener);
        watch.thread.start();
        return watch;
    }

    String service() {
        return service;
    }

    private void run(String consulUrl, TimerStats queries, Consumer<List<TargetSpec>> listener) {
        HealthClient health = ConsulClients.health(consulUrl);
        BigInteger index = BigInteger.ZERO;
        boolean failing = false;
        while (!closed) {
            TimerStats.Run query = queries.start();
            boolean answered = false;
            try {
                QueryOptions options = index.signum() == 0 ? QueryOptions.BLANK
                        : QueryOptions.blockSeconds(30, index).build();
                ConsulResponse<List<ServiceHealth>> response = health.getHealthyServiceInstances(service, options);
                query.finish(null);
                answered = true;
                if (closed) return;
                listener.accept(targets(response.getResponse()));
                BigInteger next = response.getIndex();
                index = next == null || next.compareTo(index) < 0 ? BigInteger.ZERO : next;
                failing = false;
            } catch (RuntimeException e) {
                if (!answered) query.finish(e);
                if (closed) return;
                if (!failing) {
                    LOG.warn("cannot read Consul service '{}' from {}", service, consulUrl, e);
                    failing = true;
                }
                index = BigInteger.ZERO;
                sleepQuietly();
            }
        }
    }

    private static List<TargetSpec> targets(List<ServiceHealth> instances) {
        List<TargetSpec> targets = new ArrayList<>();
        for (ServiceHealth h : instances) {
            String address = h.getService().getAddress();
            if (address == null || address.isEmpty()) {
                address = h.getNode().getAddress();
            }
            targets.add(new TargetSpec(address, h.getService().getPort(), 100));
        }
        return targets;
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
