-- Schema 2: crypto-shredding. Every chunk and preview is sealed under a key of its own
-- share, kept in this narrow table. A purge deletes the keys of dropped shares and
-- rewrites the table (VACUUM FULL), so a key survives neither in its pages nor, after the
-- next checkpoint, in WAL; the sealed content left in other pages is then noise.
CREATE TABLE share_keys (
    share  BIGINT PRIMARY KEY REFERENCES shares (key) ON DELETE CASCADE,
    key    BYTEA NOT NULL
);
-- Room on each page for the open counter's updates to stay on the page (HOT).
ALTER TABLE shares SET (fillfactor = 80);
-- Whether keys were deleted since the key table was last rewritten (one row).
CREATE TABLE shred_pending (pending BOOLEAN NOT NULL);
INSERT INTO shred_pending (pending) VALUES (FALSE);
