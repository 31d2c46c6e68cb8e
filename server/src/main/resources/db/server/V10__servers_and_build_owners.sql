-- Several servers on one database: each server holds a lease it renews by heartbeat; a build
-- records which server runs it, so that the others can end it when that server's lease runs out,
-- and an abort asked of another server reaches the one that runs the build.
CREATE TABLE servers (
    id            VARCHAR(64) PRIMARY KEY,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_millis  BIGINT NOT NULL
);

ALTER TABLE builds ADD COLUMN server_id VARCHAR(64);
ALTER TABLE builds ADD COLUMN abort_request VARCHAR(500);
