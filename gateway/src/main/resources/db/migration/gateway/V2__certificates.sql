-- Kong's certificates and the SNIs that point at them (an SNI goes with its certificate).

CREATE TABLE gw_certificates (
    id         VARCHAR(36) PRIMARY KEY,
    tags       VARCHAR(4000),
    created_at BIGINT NOT NULL,
    doc        VARCHAR(1000000) NOT NULL
);

CREATE TABLE gw_snis (
    id             VARCHAR(36) PRIMARY KEY,
    name           VARCHAR(512) NOT NULL UNIQUE,
    certificate_id VARCHAR(36) NOT NULL REFERENCES gw_certificates (id) ON DELETE CASCADE,
    tags           VARCHAR(4000),
    created_at     BIGINT NOT NULL,
    doc            VARCHAR(1000000) NOT NULL
);
