-- Schema 8: a share's activity log, one row per event a viewer sent: ciphertext the client
-- alone can open. They go with the share. Shares of earlier versions have none.
CREATE TABLE IF NOT EXISTS activity (
    key          BIGSERIAL PRIMARY KEY,
    share        BIGINT NOT NULL REFERENCES shares (key) ON DELETE CASCADE,
    received_at  BIGINT NOT NULL,
    ciphertext   BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS activity_share ON activity (share);
