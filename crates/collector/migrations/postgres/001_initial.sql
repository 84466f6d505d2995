-- The collector's first schema, as migrations/sqlite/001_initial.sql.
-- Texts that are compared or sorted (weeks, bands, lesson and question ids)
-- use the "C" collation: byte order, as SQLite compares them, whatever the
-- database's locale. (Weeks such as 2026-W48 then sort as they read.)
CREATE TABLE campaigns (
    id         BIGSERIAL PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    starts_on  DATE NOT NULL,
    ends_on    DATE NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE cells (
    id          BIGSERIAL PRIMARY KEY,
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id),
    week        TEXT COLLATE "C" NOT NULL,
    band        TEXT COLLATE "C" NOT NULL,
    state       SMALLINT NOT NULL CHECK (state BETWEEN 0 AND 32),
    UNIQUE (campaign_id, week, band, state)
);

CREATE TABLE lesson_counts (
    cell_id         BIGINT NOT NULL REFERENCES cells (id),
    lesson          TEXT COLLATE "C" NOT NULL,
    completed       BIGINT NOT NULL,
    quiz_attempts   BIGINT NOT NULL,
    quiz_passed     BIGINT NOT NULL,
    activities_done BIGINT NOT NULL,
    PRIMARY KEY (cell_id, lesson)
);

CREATE TABLE question_counts (
    cell_id         BIGINT NOT NULL REFERENCES cells (id),
    lesson          TEXT COLLATE "C" NOT NULL,
    question        TEXT COLLATE "C" NOT NULL,
    answered        BIGINT NOT NULL,
    first_try_right BIGINT NOT NULL,
    PRIMARY KEY (cell_id, lesson, question)
);

CREATE TABLE seen_keys (
    key_hash BYTEA PRIMARY KEY,
    week     TEXT COLLATE "C" NOT NULL
);
CREATE INDEX seen_keys_by_week ON seen_keys (week);

CREATE TABLE accounts (
    id            BIGSERIAL PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
    token_hash BYTEA PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
