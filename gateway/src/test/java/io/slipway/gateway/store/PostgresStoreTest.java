package io.slipway.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.GatewayNode;
import io.slipway.gateway.GatewaySettings;
import io.slipway.gateway.admin.AdminClient;
import io.slipway.testsupport.postgres.PostgresSchema;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store on a real PostgreSQL, each test in a fresh schema ({@link PostgresSchema}: skipped when
 * {@code SLIPWAY_TEST_PG_URL} is unset, except under {@code CI=true}, where that fails). Nodes of other
 * tests on the same database may NOTIFY too; a node that hears them only reloads its own schema.
 */
class PostgresStoreTest {

    @TempDir
    Path data;
    @RegisterExtension
    final PostgresSchema postgres = new PostgresSchema();

    private GatewaySettings settings(String folder) {
        return GatewaySettings.loopback(data.resolve(folder))
                .withDatabase(postgres.url(), postgres.user(), postgres.password());
    }

    @Test
    void twoNodesShareOneDatabaseAndSeeEachOthersChanges() throws InterruptedException {
        try (var a = GatewayNode.start(settings("a")); var b = GatewayNode.start(settings("b"))) {
            var adminA = new AdminClient(a.adminUrl());
            var adminB = new AdminClient(b.adminUrl());
            assertThat(adminA.get("/").json().at("/configuration/database").asText()).isEqualTo("postgres");
            assertThat(adminA.post("/services", "{\"name\":\"shared\",\"url\":\"http://127.0.0.1:9000\"}").status())
                    .isEqualTo(201);
            assertThat(adminA.post("/services/shared/routes", "{\"paths\":[\"/shared\"]}").status()).isEqualTo(201);
            String hash = a.configuration().hash();
            for (int i = 0; i < 100 && !b.configuration().hash().equals(hash); i++) {
                Thread.sleep(100);  // node b hears a NOTIFY, or polls the change counter every second
            }
            assertThat(adminB.get("/status").json().get("configuration_hash").asText()).isEqualTo(hash);
            assertThat(adminB.get("/services/shared/routes").json().get("data")).hasSize(1);

            var clash = adminB.post("/services", "{\"name\":\"shared\",\"host\":\"127.0.0.1\"}");
            assertThat(clash.status()).isEqualTo(409);
            assertThat(adminB.delete("/services/shared").status()).isEqualTo(400);
        }
    }

    @Test
    void aChangeReachesAnotherNodeByNotificationWithoutWaitingForItsPoll() throws InterruptedException {
        // Node b polls only once an hour: only PostgreSQL's NOTIFY can bring it the change in time.
        long hour = 3_600_000;
        try (var a = GatewayNode.start(settings("a").withPollMillis(hour));
                var b = GatewayNode.start(settings("b").withPollMillis(hour))) {
            var adminA = new AdminClient(a.adminUrl());
            for (int change = 0; change < 3; change++) {
                assertThat(adminA.post("/services", "{\"name\":\"s" + change + "\",\"url\":\"http://127.0.0.1:9000\"}")
                        .status()).isEqualTo(201);
                String hash = a.configuration().hash();
                for (int i = 0; i < 100 && !b.configuration().hash().equals(hash); i++) {
                    Thread.sleep(100);
                }
                assertThat(b.configuration().hash()).as("node b's configuration after change %d", change).isEqualTo(hash);
            }
            assertThat(new AdminClient(b.adminUrl()).get("/services/s2").status()).isEqualTo(200);
        }
    }

    @Test
    void aNodeKeepsAFewConnectionsOpenWhateverItsAdminApiDoes() throws Exception {
        // writes borrow from a small pool; the change listener keeps one connection of its own
        String name = "slipway-gw-pool-" + java.util.UUID.randomUUID();
        String url = postgres.url(name);
        var named = GatewaySettings.loopback(data.resolve("a")).withDatabase(url, postgres.user(), postgres.password());
        try (var node = GatewayNode.start(named)) {
            var admin = new AdminClient(node.adminUrl());
            java.util.Set<Integer> backends = new java.util.HashSet<>();
            for (int i = 0; i < 30; i++) {
                assertThat(admin.post("/services", "{\"name\":\"s" + i + "\",\"url\":\"http://127.0.0.1:9000\"}")
                        .status()).isEqualTo(201);
                backends.addAll(postgres.backendsNamed(name));
            }
            assertThat(backends).as("PostgreSQL backends seen during 30 writes")
                    .hasSizeBetween(2, Database.POSTGRES_POOL_SIZE + 1);
            // between writes the pool keeps its connections open for the next one, beside the listener's
            assertThat(postgres.backendsNamed(name)).hasSizeBetween(2, Database.POSTGRES_POOL_SIZE + 1);
        }
    }

    @Test
    void consumerGroupsTheirMembersAndGroupPluginsSurviveARestartAndCascade() {
        try (var node = GatewayNode.start(settings("a"))) {
            var admin = new AdminClient(node.adminUrl());
            assertThat(admin.post("/consumers", "{\"username\":\"gina\"}").status()).isEqualTo(201);
            assertThat(admin.post("/consumer_groups", "{\"name\":\"gold\"}").status()).isEqualTo(201);
            assertThat(admin.post("/consumer_groups/gold/consumers", "{\"consumer\":\"gina\"}").status()).isEqualTo(201);
            assertThat(admin.post("/consumer_groups/gold/plugins",
                    "{\"name\":\"rate-limiting\",\"config\":{\"minute\":5}}").status()).isEqualTo(201);
        }
        try (var node = GatewayNode.start(settings("a"))) {
            var admin = new AdminClient(node.adminUrl());
            var group = admin.get("/consumer_groups/gold").json();
            assertThat(group.get("consumers")).hasSize(1);
            assertThat(group.get("plugins")).hasSize(1);
            assertThat(admin.delete("/consumer_groups/gold").status()).isEqualTo(204);
            assertThat(admin.get("/plugins").json().get("data")).as("the group's plugin goes with it").isEmpty();
            assertThat(admin.get("/consumers/gina/consumer_groups").json().get("consumer_groups")).isEmpty();
        }
        try (var node = GatewayNode.start(settings("a"))) {
            assertThat(new AdminClient(node.adminUrl()).get("/plugins").json().get("data")).isEmpty();
        }
    }

    @Test
    void stateSurvivesARestartAndCascadesHoldInTheDatabase() {
        try (var node = GatewayNode.start(settings("a"))) {
            var admin = new AdminClient(node.adminUrl());
            admin.post("/consumers", "{\"username\":\"c\"}");
            admin.post("/consumers/c/key-auth", "{\"key\":\"k1\"}");
            admin.post("/consumers/c/basic-auth", "{\"username\":\"u\",\"password\":\"p\"}");
            admin.post("/upstreams", "{\"name\":\"u\"}");
            admin.post("/upstreams/u/targets", "{\"target\":\"127.0.0.1:9001\"}");
            admin.post("/plugins", "{\"name\":\"cors\"}");
            assertThat(admin.delete("/upstreams/u").status()).isEqualTo(204);
        }
        try (var node = GatewayNode.start(settings("b"))) {
            var admin = new AdminClient(node.adminUrl());
            assertThat(admin.get("/consumers/c/key-auth").json().get("data")).hasSize(1);
            assertThat(admin.get("/plugins").json().get("data")).hasSize(1);
            assertThat(node.configuration().targets()).isEmpty();
            assertThat(admin.delete("/consumers/c").status()).isEqualTo(204);
        }
        try (var node = GatewayNode.start(settings("c"))) {
            assertThat(node.configuration().keyAuthCredentials()).isEmpty();
            assertThat(node.configuration().basicAuthCredentials()).isEmpty();
        }
    }

    @Test
    void everyNodeListsTheNodesSharingTheDatabaseWithTheConfigurationEachServes() throws InterruptedException {
        try (var a = GatewayNode.start(settings("a").withHostname("gw-a"));
                var b = GatewayNode.start(settings("b").withHostname("gw-b"))) {
            var adminA = new AdminClient(a.adminUrl());
            var adminB = new AdminClient(b.adminUrl());
            String idA = adminA.get("/").json().get("node_id").asText();
            String idB = adminB.get("/").json().get("node_id").asText();
            var fromB = adminB.get("/clustering/status").json();
            assertThat(fromB.has(idA)).as("node b lists node a: %s", fromB).isTrue();
            assertThat(fromB.has(idB)).isTrue();
            assertThat(fromB.get(idA).get("hostname").asText()).isEqualTo("gw-a");
            assertThat(fromB.get(idB).get("hostname").asText()).isEqualTo("gw-b");

            assertThat(adminA.post("/services", "{\"name\":\"s\",\"url\":\"http://127.0.0.1:9000\"}").status())
                    .isEqualTo(201);
            String hash = a.configuration().hash();
            var seenFromA = adminA.get("/clustering/status").json();
            for (int i = 0; i < 100 && !seenFromA.at("/" + idB + "/config_hash").asText().equals(hash); i++) {
                Thread.sleep(100);  // b reloads (NOTIFY or its poll), applies, and reports itself at once
                seenFromA = adminA.get("/clustering/status").json();
            }
            assertThat(seenFromA.at("/" + idB + "/config_hash").asText()).as("node b as node a lists it").isEqualTo(hash);
            assertThat(seenFromA.at("/" + idB + "/config_version").asLong())
                    .isEqualTo(seenFromA.at("/" + idA + "/config_version").asLong());
            assertThat(adminA.get("/clustering/data-planes?size=1").json().get("next").asText())
                    .startsWith("/clustering/data-planes?offset=");
            assertThat(adminB.get("/timers").json().at("/stats/timers/config-poll/stats/runs").asLong())
                    .as("node b's reload ran as its config-poll timer").isPositive();

            b.close();
            assertThat(adminA.get("/clustering/status").json().has(idB)).as("a node that stopped leaves the list").isFalse();
        }
    }

    @Test
    void aNodeThatDiedStaysListedWithItsLastSeenUntilSilentForFourteenDays() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String recent = java.util.UUID.randomUUID().toString();
        String ancient = java.util.UUID.randomUUID().toString();
        try (var node = GatewayNode.start(settings("a"))) {
            try (var connection = postgres.connect();
                    var insert = connection.prepareStatement("INSERT INTO gw_cluster_nodes (id, hostname, ip, "
                            + "admin_listen, version, slipway_version, config_version, config_hash, started_at, last_seen) "
                            + "VALUES (?, ?, '127.0.0.1', '127.0.0.1:8001', '3.4.0', 'x', 1, ?, 1, ?)")) {
                for (String[] row : new String[][] {{recent, "died-an-hour-ago", "3600"}, {ancient, "silent-15-days", "1296000"}}) {
                    insert.setString(1, row[0]);
                    insert.setString(2, row[1]);
                    insert.setString(3, "0".repeat(32));
                    insert.setLong(4, now - Long.parseLong(row[2]));
                    insert.executeUpdate();
                }
            }
            var admin = new AdminClient(node.adminUrl());
            // the next beat (after this change is applied) purges the silent row
            assertThat(admin.post("/services", "{\"name\":\"s\",\"url\":\"http://127.0.0.1:9000\"}").status())
                    .isEqualTo(201);
            var status = admin.get("/clustering/status").json();
            for (int i = 0; i < 100 && status.has(ancient); i++) {
                Thread.sleep(100);
                status = admin.get("/clustering/status").json();
            }
            assertThat(status.has(ancient)).isFalse();
            assertThat(status.get(recent).get("hostname").asText()).isEqualTo("died-an-hour-ago");
            assertThat(status.get(recent).get("last_seen").asLong()).isEqualTo(now - 3600);
        }
    }
}
