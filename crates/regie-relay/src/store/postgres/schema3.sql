-- Schema 3: moves to a new phone are sealed too, under a key per transfer. A transfer's key
-- goes with its row (received, cancelled, out of tries, expired); the trigger marks the key
-- tables for the purge's rewrite, as deleting share keys does.
CREATE TABLE transfer_keys (
    transfer  TEXT PRIMARY KEY REFERENCES transfers (id) ON DELETE CASCADE,
    key       BYTEA NOT NULL
);

CREATE FUNCTION regie_keys_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM gone) THEN
        UPDATE shred_pending SET pending = TRUE WHERE NOT pending;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER transfer_keys_deleted AFTER DELETE ON transfer_keys
    REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION regie_keys_deleted();
