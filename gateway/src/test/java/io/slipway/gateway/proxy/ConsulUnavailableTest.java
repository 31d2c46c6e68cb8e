package io.slipway.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.config.Route;
import io.slipway.gateway.config.Upstream;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An upstream following a Consul service while no Consul agent answers. */
class ConsulUnavailableTest extends ProxyTestBase {

    @Override
    ProxySettings settings() {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closedPort = s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return super.settings().withConsulUrl("http://127.0.0.1:" + closedPort);
    }

    @Test
    void closingTheProxyEndsTheConsulWatchAndASecondCloseIsHarmless() throws Exception {
        Upstream upstream = upstreamEntity("web-pool", null, null, null, null, "web");
        var service = serviceWith("svc", "web-pool", 80, 0, 1000, 5000);
        apply(upstream, service, Route.forPaths("r", service.id(), "/"));
        assertThat(watchThreads()).isNotEmpty();

        proxy.close();

        for (Thread t : watchThreads()) {
            t.join(5_000);                       // a bound, not a speed target: the watch must end, not linger
        }
        assertThat(watchThreads()).isEmpty();
    }                                            // ProxyTestBase closes the proxy a second time

    private static List<Thread> watchThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("slipway-consul-web") && t.isAlive()).toList();
    }
}
