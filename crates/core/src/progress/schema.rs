//! The schema, as an ordered list of migrations. Append only: a released
//! migration is never edited, so that every database can be brought up to date.

use rusqlite_migration::{Migrations, M};

const MIGRATIONS: &[&str] = &[
    // 1: profiles, places in lessons, quiz attempts and answers.
    "
    CREATE TABLE profiles (
        id          INTEGER PRIMARY KEY,
        nickname    TEXT NOT NULL,
        avatar      TEXT NOT NULL,
        band        TEXT NOT NULL,
        locale      TEXT NOT NULL,
        created_at  INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE lesson_places (
        profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        lesson_id   TEXT NOT NULL,
        section_id  TEXT NOT NULL,
        updated_at  INTEGER NOT NULL,
        PRIMARY KEY (profile_id, lesson_id)
    ) STRICT;

    CREATE TABLE quiz_attempts (
        id           INTEGER PRIMARY KEY,
        profile_id   INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        lesson_id    TEXT NOT NULL,
        started_at   INTEGER NOT NULL,
        finished_at  INTEGER,
        score        INTEGER,
        total        INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX quiz_attempts_by_profile ON quiz_attempts (profile_id, lesson_id);

    CREATE TABLE quiz_answers (
        attempt_id   INTEGER NOT NULL REFERENCES quiz_attempts(id) ON DELETE CASCADE,
        question_id  TEXT NOT NULL,
        -- JSON array of the option ids the learner chose.
        chosen       TEXT NOT NULL,
        correct      INTEGER NOT NULL,
        answered_at  INTEGER NOT NULL,
        PRIMARY KEY (attempt_id, question_id)
    ) STRICT;
    ",
    // 2: results of activities (never what was typed in the passphrase lab).
    "
    CREATE TABLE activity_results (
        id           INTEGER PRIMARY KEY,
        profile_id   INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        lesson_id    TEXT NOT NULL,
        activity_id  TEXT NOT NULL,
        score        INTEGER NOT NULL,
        total        INTEGER NOT NULL,
        finished_at  INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX activity_results_by_profile ON activity_results (profile_id, lesson_id);
    ",
];

pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// The schema version this build writes (SQLite's `user_version`).
pub(crate) fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}
