-- The gateway nodes that share this configuration store, as each last reported itself (its heartbeat,
-- and after every configuration it applied): what GET /clustering/status lists. Not configuration:
-- writing a row does not change gw_state.version, so no node reloads for it. A node deletes its row
-- when it stops cleanly; a row nobody refreshed for 14 days (Kong's cluster_data_plane_purge_delay)
-- is deleted by the next heartbeat of any node. The same SQL runs on H2 and PostgreSQL.

CREATE TABLE gw_cluster_nodes (
    id              VARCHAR(36) PRIMARY KEY,
    hostname        VARCHAR(255) NOT NULL,
    ip              VARCHAR(64) NOT NULL,
    admin_listen    VARCHAR(1024) NOT NULL,
    version         VARCHAR(32) NOT NULL,
    slipway_version VARCHAR(64) NOT NULL,
    config_version  BIGINT NOT NULL,
    config_hash     VARCHAR(32) NOT NULL,
    started_at      BIGINT NOT NULL,
    last_seen       BIGINT NOT NULL
);
