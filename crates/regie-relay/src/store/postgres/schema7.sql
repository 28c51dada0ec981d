-- Schema 7: the wrong spoken codes of a share's log, one row per wrong code; `n` is its
-- number (1 to SHARE_CODE_TRIES), so a share holds at most that many rows. Nothing of the
-- code tried is kept. They go with the share. Shares of earlier versions logged none.
CREATE TABLE IF NOT EXISTS wrong_codes (
    share  BIGINT NOT NULL REFERENCES shares (key) ON DELETE CASCADE,
    n      INTEGER NOT NULL,
    at     BIGINT NOT NULL,
    PRIMARY KEY (share, n)
);
