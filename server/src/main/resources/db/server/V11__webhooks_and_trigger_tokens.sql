-- Webhook deliveries (stored before the answer, unique per provider and delivery id, so that a
-- redelivery starts nothing), webhook secrets per job and per repository (sealed with the master
-- key) and trigger tokens per job (SHA-256 of a 256-bit random token).
CREATE TABLE webhook_deliveries (
    delivery_key  VARCHAR(300) PRIMARY KEY,
    provider      VARCHAR(20)  NOT NULL,
    delivery_id   VARCHAR(200) NOT NULL,
    event         VARCHAR(100) NOT NULL,
    repository    VARCHAR(2000),
    ref           VARCHAR(500),
    commit_sha    VARCHAR(64),
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome       VARCHAR(30)  NOT NULL,
    detail        VARCHAR(2000),
    builds        TEXT         NOT NULL,
    client        VARCHAR(100)
);
CREATE INDEX webhook_deliveries_by_time ON webhook_deliveries (received_at);

CREATE TABLE job_webhook_settings (
    job_name       VARCHAR(100) PRIMARY KEY,
    sealed_secret  TEXT,
    quiet_period   INTEGER,
    token_hash     VARCHAR(64)
);

CREATE TABLE repository_webhook_secrets (
    repository     VARCHAR(2000) PRIMARY KEY,
    display_url    VARCHAR(2000) NOT NULL,
    sealed_secret  TEXT NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
