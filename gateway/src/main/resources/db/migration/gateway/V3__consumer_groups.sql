-- Kong's consumer groups, their members, and plugins scoped to a group (cascading like the other scopes).

CREATE TABLE gw_consumer_groups (
    id         VARCHAR(36) PRIMARY KEY,
    name       VARCHAR(512) NOT NULL UNIQUE,
    tags       VARCHAR(4000),
    created_at BIGINT NOT NULL,
    doc        VARCHAR(1000000) NOT NULL
);

CREATE TABLE gw_consumer_group_consumers (
    id                VARCHAR(36) PRIMARY KEY,
    consumer_group_id VARCHAR(36) NOT NULL REFERENCES gw_consumer_groups (id) ON DELETE CASCADE,
    consumer_id       VARCHAR(36) NOT NULL REFERENCES gw_consumers (id) ON DELETE CASCADE,
    tags              VARCHAR(4000),
    created_at        BIGINT NOT NULL,
    doc               VARCHAR(1000000) NOT NULL,
    UNIQUE (consumer_group_id, consumer_id)
);

ALTER TABLE gw_plugins ADD COLUMN consumer_group_id VARCHAR(36);
ALTER TABLE gw_plugins ADD CONSTRAINT gw_plugins_consumer_group_fk
    FOREIGN KEY (consumer_group_id) REFERENCES gw_consumer_groups (id) ON DELETE CASCADE;
