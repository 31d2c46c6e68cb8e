package io.slipway.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.server.config.ServerSettings;
import io.slipway.testsupport.postgres.PostgresSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * On PostgreSQL the server borrows connections from a pool of at most {@code SLIPWAY_DB_POOL_SIZE}: statements
 * reuse a few backends instead of opening one each (what made every store call cost ~18 ms), and a burst of
 * callers waits for a connection instead of taking the database's connection limit.
 */
class PostgresPoolTest {

    @TempDir
    Path data;

    @RegisterExtension
    final PostgresSchema postgres = new PostgresSchema();

    @Test
    void aBurstOfStatementsUsesAtMostThePoolsConnectionsAndReusesThem() throws Exception {
        String name = "slipway-pool-test-" + UUID.randomUUID();
        String url = postgres.url(name);
        ServerSettings settings = ServerSettings.forTests(data, "t")
                .withDatabase(url, postgres.user(), postgres.password()).withDbPoolSize(3);
        Set<Integer> backends = ConcurrentHashMap.newKeySet();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try (Database database = Database.open(settings)) {
            CountDownLatch started = new CountDownLatch(8);
            List<Future<?>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(callers.submit(() -> {
                    started.countDown();
                    database.jdbi().useHandle(h -> {
                        backends.add(h.createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one());
                        h.execute("SELECT pg_sleep(0.05)");
                    });
                }));
            }
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(100); // eight callers now want a connection at once
            assertThat(connectionsNamed(name)).isBetween(1, 3);
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
            assertThat(backends).hasSizeBetween(1, 3);
        } finally {
            callers.shutdownNow();
        }
        // a closed server leaves no connection behind (a backend takes a moment to go after its client closed)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (connectionsNamed(name) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(connectionsNamed(name)).as("connections left open after close").isZero();
    }

    private int connectionsNamed(String applicationName) throws Exception {
        return postgres.backendsNamed(applicationName).size();
    }
}
