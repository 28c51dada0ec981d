-- Schema 5: whether a share takes replies, the viewer tokens of its counted openings (their
-- SHA-256), and the replies, each sealed under a key of its own in `reply_keys`. Deleting a
-- reply (or its share, at the purge) deletes its key, which marks the key tables for the
-- purge's rewrite, as deleting share keys does. A revoke keeps the replies for the client.
ALTER TABLE shares ADD COLUMN IF NOT EXISTS replies BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE IF NOT EXISTS viewers (
    share       BIGINT NOT NULL REFERENCES shares (key) ON DELETE CASCADE,
    token_hash  BYTEA NOT NULL,
    PRIMARY KEY (share, token_hash)
);

-- `key` orders them, oldest first; `bytes` is the reply's own length, for the quota.
CREATE TABLE IF NOT EXISTS replies (
    key          BIGSERIAL PRIMARY KEY,
    share        BIGINT NOT NULL REFERENCES shares (key) ON DELETE CASCADE,
    id           TEXT NOT NULL,
    received_at  BIGINT NOT NULL,
    bytes        BIGINT NOT NULL,
    ciphertext   BYTEA NOT NULL,
    UNIQUE (share, id)
);
ALTER TABLE replies ALTER COLUMN ciphertext SET STORAGE EXTERNAL;

CREATE TABLE IF NOT EXISTS reply_keys (
    reply  BIGINT PRIMARY KEY REFERENCES replies (key) ON DELETE CASCADE,
    key    BYTEA NOT NULL
);

DROP TRIGGER IF EXISTS reply_keys_deleted ON reply_keys;
CREATE TRIGGER reply_keys_deleted AFTER DELETE ON reply_keys
    REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION regie_keys_deleted();
