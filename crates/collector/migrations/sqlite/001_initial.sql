-- The collector's first schema. Aggregates only: no report, no address.
CREATE TABLE campaigns (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,   -- the 8 characters, without the hyphen
    name       TEXT NOT NULL,
    starts_on  TEXT NOT NULL,          -- YYYY-MM-DD
    ends_on    TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- One row per campaign × ISO week × age band × state (0 = not given).
CREATE TABLE cells (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
    week        TEXT NOT NULL,         -- 2026-W48: sorts as it reads
    band        TEXT NOT NULL,
    state       INTEGER NOT NULL CHECK (state BETWEEN 0 AND 32),
    UNIQUE (campaign_id, week, band, state)
);

CREATE TABLE lesson_counts (
    cell_id         INTEGER NOT NULL REFERENCES cells (id),
    lesson          TEXT NOT NULL,
    completed       INTEGER NOT NULL,
    quiz_attempts   INTEGER NOT NULL,
    quiz_passed     INTEGER NOT NULL,
    activities_done INTEGER NOT NULL,
    PRIMARY KEY (cell_id, lesson)
) WITHOUT ROWID;

-- A lesson's question counters packed in one row: JSON
-- {"question-id": [answered, first_try_right], ...}. SQLite has a single
-- writer, and one row per question would make eight upserts of one.
CREATE TABLE question_counts (
    cell_id INTEGER NOT NULL REFERENCES cells (id),
    lesson  TEXT NOT NULL,
    counts  TEXT NOT NULL,
    PRIMARY KEY (cell_id, lesson)
) WITHOUT ROWID;

-- Truncated SHA-256 of each counted report's idempotency key, with the
-- report's week so that keys older than any acceptable report can go.
CREATE TABLE seen_keys (
    key_hash BLOB PRIMARY KEY,
    week     TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX seen_keys_by_week ON seen_keys (week);

CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,       -- argon2id, PHC string
    created_at    TEXT NOT NULL
);

CREATE TABLE sessions (
    token_hash BLOB PRIMARY KEY,       -- SHA-256 of the cookie's token
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    expires_at INTEGER NOT NULL        -- Unix seconds
) WITHOUT ROWID;
