-- Schema 9: requests for a share ("vraag"). `body` is the professional's public key, name,
-- organisation, role, purpose, sections and duration; `answer` is empty until the client
-- answers (a refusal, or the share's link sealed to that key). A row goes once its answer
-- is read, or at the purge after `expires_at`.
CREATE TABLE IF NOT EXISTS requests (
    id           TEXT PRIMARY KEY,
    secret_hash  BYTEA NOT NULL,
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    body         BYTEA NOT NULL,
    answer       BYTEA
);
CREATE INDEX IF NOT EXISTS requests_by_expiry ON requests (expires_at);
