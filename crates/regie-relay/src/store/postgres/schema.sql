-- Schema 1 of the relay's PostgreSQL database. Applied once, by whichever relay starts
-- first; the others wait on the migration lock and find it done.
CREATE TABLE shares (
    key         BIGSERIAL PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    token_hash  BYTEA NOT NULL,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    max_opens   INTEGER,
    opens       BIGINT NOT NULL DEFAULT 0,
    revoked_at  BIGINT,
    -- An upload is served only once all its chunks are in.
    finished    BOOLEAN NOT NULL DEFAULT FALSE,
    -- Bytes of content held, counted against the quota; 0 once the content is dropped.
    held_bytes  BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX shares_expires_at ON shares (expires_at);
CREATE INDEX shares_held ON shares (key) WHERE held_bytes > 0;
CREATE INDEX shares_unfinished ON shares (created_at) WHERE NOT finished;

CREATE TABLE previews (
    share    BIGINT PRIMARY KEY REFERENCES shares (key) ON DELETE CASCADE,
    preview  BYTEA NOT NULL
);

CREATE TABLE chunks (
    share  BIGINT NOT NULL REFERENCES shares (key) ON DELETE CASCADE,
    n      INTEGER NOT NULL,
    bytes  BYTEA NOT NULL,
    PRIMARY KEY (share, n)
);
-- Ciphertext does not compress: do not try.
ALTER TABLE chunks ALTER COLUMN bytes SET STORAGE EXTERNAL;

CREATE TABLE opens (
    share  BIGINT NOT NULL REFERENCES shares (key) ON DELETE CASCADE,
    n      BIGINT NOT NULL,
    at     BIGINT NOT NULL,
    PRIMARY KEY (share, n)
);

CREATE TABLE client_usage (
    client  BYTEA NOT NULL,
    day     BIGINT NOT NULL,
    bytes   BIGINT NOT NULL,
    PRIMARY KEY (client, day)
);

CREATE TABLE request_counts (
    bucket        BYTEA NOT NULL,
    window_start  BIGINT NOT NULL,
    n             BIGINT NOT NULL,
    PRIMARY KEY (bucket, window_start)
);

CREATE TABLE transfers (
    id           TEXT PRIMARY KEY,
    code_salt    BYTEA NOT NULL,
    code_hash    BYTEA NOT NULL,
    cancel_hash  BYTEA NOT NULL,
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    tries_left   INTEGER NOT NULL,
    content      BYTEA NOT NULL
);
CREATE INDEX transfers_expires_at ON transfers (expires_at);
