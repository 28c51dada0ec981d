-- Schema 6: a move's package arrives in chunks, each sealed under the transfer's key (as a
-- share's chunks are under the share's), and counts against the quota (`held_bytes`) from
-- its first byte until it is received, cancelled or purged. Moves live ten minutes at most,
-- so any under way are dropped rather than converted: a move caught by the upgrade is
-- started again. And the secrets that key client-address hashes, one per day; deleting one
-- marks the key tables for the purge's rewrite, so hashes left in old pages cannot be
-- matched to an address once their day's secret is gone.
DELETE FROM transfers;
ALTER TABLE transfers DROP COLUMN IF EXISTS content;
ALTER TABLE transfers ADD COLUMN IF NOT EXISTS finished BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE transfers ADD COLUMN IF NOT EXISTS held_bytes BIGINT NOT NULL DEFAULT 0;
CREATE INDEX IF NOT EXISTS transfers_unfinished ON transfers (created_at) WHERE NOT finished;

CREATE TABLE IF NOT EXISTS transfer_chunks (
    transfer  TEXT NOT NULL REFERENCES transfers (id) ON DELETE CASCADE,
    n         INTEGER NOT NULL,
    bytes     BYTEA NOT NULL,
    PRIMARY KEY (transfer, n)
);
ALTER TABLE transfer_chunks ALTER COLUMN bytes SET STORAGE EXTERNAL;

CREATE TABLE IF NOT EXISTS client_secrets (
    day     BIGINT PRIMARY KEY,
    secret  BYTEA NOT NULL
);

DROP TRIGGER IF EXISTS client_secrets_deleted ON client_secrets;
CREATE TRIGGER client_secrets_deleted AFTER DELETE ON client_secrets
    REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION regie_keys_deleted();
