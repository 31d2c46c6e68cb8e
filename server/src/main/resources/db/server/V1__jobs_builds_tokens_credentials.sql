-- Slipway's first schema. Portable between H2 and PostgreSQL: no vendor types, no triggers.

CREATE TABLE api_tokens (
    token_hash  VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE server_flags (
    name        VARCHAR(100) PRIMARY KEY,
    set_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE jobs (
    name              VARCHAR(100) PRIMARY KEY,
    description       VARCHAR(2000),
    repo_url          VARCHAR(2000),
    repo_branch       VARCHAR(255),
    script_path       VARCHAR(1000),
    pipeline          TEXT,
    next_build_number INTEGER NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE builds (
    job_name     VARCHAR(100) NOT NULL,
    number       INTEGER      NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    cause        VARCHAR(500) NOT NULL,
    parameters   TEXT         NOT NULL,
    commit_sha   VARCHAR(64),
    stages       TEXT         NOT NULL,
    queued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    finished_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (job_name, number)
);
CREATE INDEX builds_by_status ON builds (status, queued_at);

CREATE TABLE credentials (
    id           VARCHAR(100) PRIMARY KEY,
    type         VARCHAR(30)  NOT NULL,
    description  VARCHAR(2000),
    sealed       TEXT         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
