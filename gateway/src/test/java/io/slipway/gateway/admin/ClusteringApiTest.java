package io.slipway.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.gateway.GatewayNode;
import io.slipway.gateway.GatewaySettings;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /clustering/status} and {@code /clustering/data-planes} on a node alone with its H2 file
 * or its declarative file (a cluster of one); several nodes on PostgreSQL are in PostgresStoreTest.
 */
class ClusteringApiTest extends NodeTest {

    @Test
    void aNodeOnItsOwnStoreListsItselfWithTheConfigurationItServes() {
        String nodeId = admin.get("/").json().get("node_id").asText();
        var status = admin.get("/clustering/status");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().size()).isEqualTo(1);
        var self = status.json().get(nodeId);
        assertThat(self.get("hostname").asText()).isEqualTo("slipway-gateway");
        assertThat(self.get("ip").asText()).isEqualTo("127.0.0.1");
        assertThat(self.get("version").asText()).isEqualTo("3.4.0");
        assertThat(self.get("config_hash").asText()).isEqualTo(admin.get("/status").json().get("configuration_hash").asText());
        assertThat(self.get("last_seen").asLong()).isGreaterThanOrEqualTo(self.get("started_at").asLong());
        assertThat(self.get("admin_listen").get(0).asText()).startsWith("127.0.0.1:");
        long version = self.get("config_version").asLong();

        created("/services", "{\"name\":\"s\",\"url\":\"http://127.0.0.1:9000\"}");
        var after = admin.get("/clustering/status").json().get(nodeId);
        assertThat(after.get("config_version").asLong()).isEqualTo(version + 1);
        assertThat(after.get("config_hash").asText()).isEqualTo(node.configuration().hash())
                .isNotEqualTo(self.get("config_hash").asText());

        var planes = admin.get("/clustering/data-planes").json();
        assertThat(planes.get("data")).hasSize(1);
        assertThat(planes.at("/data/0/id").asText()).isEqualTo(nodeId);
        assertThat(planes.at("/data/0/config_hash").asText()).isEqualTo(node.configuration().hash());
        assertThat(planes.get("next").isNull()).isTrue();
        var badSize = admin.get("/clustering/data-planes?size=0");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.json().get("name").asText()).isEqualTo("invalid size");
    }

    @Test
    void aRestartedNodeReplacesItsEarlierSelfInsteadOfListingBoth() {
        String first = admin.get("/").json().get("node_id").asText();
        node.close();
        node = GatewayNode.start(GatewaySettings.loopback(data));
        admin = new AdminClient(node.adminUrl());
        String second = admin.get("/").json().get("node_id").asText();
        var status = admin.get("/clustering/status").json();
        assertThat(status.has(second)).isTrue();
        assertThat(status.has(first)).isFalse();
        assertThat(status.size()).isEqualTo(1);
    }

    @Test
    void rowsLeftByAnEarlierRunThatDiedAreDroppedSinceAnH2FileHasOneNode() throws Exception {
        node.close();
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("gateway");
        try (var connection = java.sql.DriverManager.getConnection(url, "sa", "");
                var insert = connection.prepareStatement("INSERT INTO gw_cluster_nodes (id, hostname, ip, admin_listen, "
                        + "version, slipway_version, config_version, config_hash, started_at, last_seen) "
                        + "VALUES (?, 'crashed', '127.0.0.1', '127.0.0.1:8001', '3.4.0', 'x', 7, ?, 1, 2)")) {
            insert.setString(1, java.util.UUID.randomUUID().toString());
            insert.setString(2, "0".repeat(32));
            insert.executeUpdate();
        }
        node = GatewayNode.start(GatewaySettings.loopback(data));
        admin = new AdminClient(node.adminUrl());
        var status = admin.get("/clustering/status").json();
        assertThat(status.size()).as("only the running node: %s", status).isEqualTo(1);
        assertThat(status.elements().next().get("hostname").asText()).isEqualTo("slipway-gateway");
    }

    @Test
    void aDeclarativeNodeIsAClusterOfOne() throws Exception {
        var file = data.resolve("kong.yml");
        Files.writeString(file, "_format_version: \"3.0\"\nservices:\n  - name: s\n    url: http://127.0.0.1:9000\n");
        try (var dbless = GatewayNode.start(GatewaySettings.loopback(data.resolve("dbless")).withDeclarativeConfig(file))) {
            var client = new AdminClient(dbless.adminUrl());
            var status = client.get("/clustering/status").json();
            assertThat(status.size()).isEqualTo(1);
            var self = status.elements().next();
            assertThat(self.get("config_hash").asText()).isEqualTo(dbless.configuration().hash());
            assertThat(self.get("config_version").asLong()).isZero();
        }
    }
}
