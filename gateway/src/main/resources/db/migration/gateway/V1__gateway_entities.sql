-- The gateway's configuration: one table per Kong entity kind. Each row keeps the entity's whole
-- JSON document (doc) plus the columns that carry Kong's constraints: unique names and keys, and
-- references to parents (cascading, except routes -> services, which Kong refuses to orphan).
-- The same SQL runs on H2 and PostgreSQL.

CREATE TABLE gw_state (
    id      INT PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO gw_state (id, version) VALUES (1, 0);

CREATE TABLE gw_services (
    id         VARCHAR(36) PRIMARY KEY,
    name       VARCHAR(512) UNIQUE,
    tags       VARCHAR(4000),
    created_at BIGINT NOT NULL,
    doc        VARCHAR(1000000) NOT NULL
);

CREATE TABLE gw_upstreams (
    id         VARCHAR(36) PRIMARY KEY,
    name       VARCHAR(512) NOT NULL UNIQUE,
    tags       VARCHAR(4000),
    created_at BIGINT NOT NULL,
    doc        VARCHAR(1000000) NOT NULL
);

CREATE TABLE gw_consumers (
    id         VARCHAR(36) PRIMARY KEY,
    username   VARCHAR(512) UNIQUE,
    custom_id  VARCHAR(512) UNIQUE,
    tags       VARCHAR(4000),
    created_at BIGINT NOT NULL,
    doc        VARCHAR(1000000) NOT NULL
);

CREATE TABLE gw_routes (
    id         VARCHAR(36) PRIMARY KEY,
    name       VARCHAR(512) UNIQUE,
    service_id VARCHAR(36) REFERENCES gw_services (id),
    tags       VARCHAR(4000),
    created_at BIGINT NOT NULL,
    doc        VARCHAR(1000000) NOT NULL
);

CREATE TABLE gw_targets (
    id          VARCHAR(36) PRIMARY KEY,
    upstream_id VARCHAR(36) NOT NULL REFERENCES gw_upstreams (id) ON DELETE CASCADE,
    target      VARCHAR(600) NOT NULL,
    tags        VARCHAR(4000),
    created_at  BIGINT NOT NULL,
    doc         VARCHAR(1000000) NOT NULL,
    UNIQUE (upstream_id, target)
);

CREATE TABLE gw_keyauth_credentials (
    id          VARCHAR(36) PRIMARY KEY,
    consumer_id VARCHAR(36) NOT NULL REFERENCES gw_consumers (id) ON DELETE CASCADE,
    cred_key    VARCHAR(1024) NOT NULL UNIQUE,
    tags        VARCHAR(4000),
    created_at  BIGINT NOT NULL,
    doc         VARCHAR(1000000) NOT NULL
);

CREATE TABLE gw_jwt_secrets (
    id          VARCHAR(36) PRIMARY KEY,
    consumer_id VARCHAR(36) NOT NULL REFERENCES gw_consumers (id) ON DELETE CASCADE,
    cred_key    VARCHAR(1024) NOT NULL UNIQUE,
    tags        VARCHAR(4000),
    created_at  BIGINT NOT NULL,
    doc         VARCHAR(1000000) NOT NULL
);

CREATE TABLE gw_basicauth_credentials (
    id          VARCHAR(36) PRIMARY KEY,
    consumer_id VARCHAR(36) NOT NULL REFERENCES gw_consumers (id) ON DELETE CASCADE,
    username    VARCHAR(512) NOT NULL UNIQUE,
    tags        VARCHAR(4000),
    created_at  BIGINT NOT NULL,
    doc         VARCHAR(1000000) NOT NULL
);

CREATE TABLE gw_acls (
    id          VARCHAR(36) PRIMARY KEY,
    consumer_id VARCHAR(36) NOT NULL REFERENCES gw_consumers (id) ON DELETE CASCADE,
    acl_group   VARCHAR(512) NOT NULL,
    tags        VARCHAR(4000),
    created_at  BIGINT NOT NULL,
    doc         VARCHAR(1000000) NOT NULL,
    UNIQUE (consumer_id, acl_group)
);

CREATE TABLE gw_plugins (
    id            VARCHAR(36) PRIMARY KEY,
    name          VARCHAR(512) NOT NULL,
    instance_name VARCHAR(512) UNIQUE,
    service_id    VARCHAR(36) REFERENCES gw_services (id) ON DELETE CASCADE,
    route_id      VARCHAR(36) REFERENCES gw_routes (id) ON DELETE CASCADE,
    consumer_id   VARCHAR(36) REFERENCES gw_consumers (id) ON DELETE CASCADE,
    cache_key     VARCHAR(800) NOT NULL UNIQUE,
    tags          VARCHAR(4000),
    created_at    BIGINT NOT NULL,
    doc           VARCHAR(1000000) NOT NULL
);
