package io.slipway.gateway.store;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The SQL of {@code gw_cluster_nodes}: the nodes sharing one store, one row each. */
final class NodeTable {

    private final Jdbi jdbi;

    NodeTable(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void upsert(ClusterNode node) {
        jdbi.useTransaction(handle -> {
            String set = "hostname = :hostname, ip = :ip, admin_listen = :admin_listen, version = :version, "
                    + "slipway_version = :slipway_version, config_version = :config_version, "
                    + "config_hash = :config_hash, started_at = :started_at, last_seen = :last_seen";
            var update = handle.createUpdate("UPDATE gw_cluster_nodes SET " + set + " WHERE id = :id");
            if (bind(update, node).execute() == 0) {
                bind(handle.createUpdate("INSERT INTO gw_cluster_nodes (id, hostname, ip, admin_listen, version, "
                        + "slipway_version, config_version, config_hash, started_at, last_seen) VALUES (:id, :hostname, "
                        + ":ip, :admin_listen, :version, :slipway_version, :config_version, :config_hash, :started_at, "
                        + ":last_seen)"), node).execute();
            }
        });
    }

    List<ClusterNode> all() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM gw_cluster_nodes ORDER BY id")
                .map((rs, ctx) -> new ClusterNode(UUID.fromString(rs.getString("id")), rs.getString("hostname"),
                        rs.getString("ip"), split(rs.getString("admin_listen")), rs.getString("version"),
                        rs.getString("slipway_version"), rs.getLong("config_version"), rs.getString("config_hash"),
                        rs.getLong("started_at"), rs.getLong("last_seen")))
                .list());
    }

    void delete(UUID id) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM gw_cluster_nodes WHERE id = :id")
                .bind("id", id.toString()).execute());
    }

    /** Deletes the rows of other nodes last seen before {@code epochSeconds}; returns how many. */
    int deleteOthersSeenBefore(UUID self, long epochSeconds) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM gw_cluster_nodes WHERE id <> :id AND last_seen < :before")
                .bind("id", self.toString()).bind("before", epochSeconds).execute());
    }

    private static org.jdbi.v3.core.statement.Update bind(org.jdbi.v3.core.statement.Update update, ClusterNode node) {
        return update.bind("id", node.id().toString())
                .bind("hostname", node.hostname())
                .bind("ip", node.ip())
                .bind("admin_listen", String.join(",", node.adminListen()))
                .bind("version", node.version())
                .bind("slipway_version", node.slipwayVersion())
                .bind("config_version", node.configVersion())
                .bind("config_hash", node.configHash())
                .bind("started_at", node.startedAt())
                .bind("last_seen", node.lastSeen());
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
