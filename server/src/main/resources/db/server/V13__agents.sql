-- Remote agents (issue 9): one row per agent, its token stored as a SHA-256 hash; revoking deletes the row.
CREATE TABLE agents (
    name VARCHAR(100) PRIMARY KEY,
    labels VARCHAR(2000) NOT NULL,
    executors INT NOT NULL,
    token_hash VARCHAR(128) NOT NULL,
    ephemeral BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX agents_token_hash ON agents (token_hash);
