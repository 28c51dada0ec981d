-- Schema 4: a share's spoken code (salt, HMAC, and the wrong codes it still takes; zero is
-- blocked) and a start. Shares of earlier versions have neither.
ALTER TABLE shares ADD COLUMN IF NOT EXISTS code_salt BYTEA;
ALTER TABLE shares ADD COLUMN IF NOT EXISTS code_hash BYTEA;
ALTER TABLE shares ADD COLUMN IF NOT EXISTS code_tries INTEGER;
ALTER TABLE shares ADD COLUMN IF NOT EXISTS starts_at BIGINT;
