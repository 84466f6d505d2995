//! The schema, as an ordered list of migrations. Append only: a released
//! migration is never edited, so that every database can be brought up to date.

use rusqlite_migration::{Migrations, M};

use super::StoreError;

// Part of released migration 3: never edit it either.

/// A random UUIDv4 as an SQL expression, evaluated afresh for each row.
macro_rules! uuid_v4_sql {
    () => {
        "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' \
         || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) \
         || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))"
    };
}

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
    // 3: a globally unique id on every profile, quiz attempt and activity
    // result, so a row can be told apart from any other computer's rows
    // (exports, merging a class's work) without trusting rowids.
    //
    // The column is added nullable rather than by rebuilding the tables:
    // SQLite cannot add a NOT NULL column without a default, and a rebuild
    // would copy every learner row and needs foreign keys switched off, which
    // cannot be done inside the transaction a migration runs in. Instead,
    // existing rows get their uid here, new rows get one from the code
    // (`Uuid::now_v7()`), and triggers refuse a missing or changed uid, so
    // the column is NOT NULL and immutable in effect. The unique indexes
    // refuse duplicates. (A later migration that rebuilds one of these
    // tables must recreate its triggers and index.)
    //
    // SQLite has no UUID function, so rows that existed before get a random
    // UUIDv4 built from `randomblob`: 8-4-4-4-12 lowercase hex, version
    // nibble 4, variant bits 10. The random functions are evaluated per row,
    // so every row gets its own 122 random bits.
    concat!(
        "
    ALTER TABLE profiles ADD COLUMN uid TEXT;
    ALTER TABLE quiz_attempts ADD COLUMN uid TEXT;
    ALTER TABLE activity_results ADD COLUMN uid TEXT;
    UPDATE profiles SET uid = ",
        uuid_v4_sql!(),
        ";
    UPDATE quiz_attempts SET uid = ",
        uuid_v4_sql!(),
        ";
    UPDATE activity_results SET uid = ",
        uuid_v4_sql!(),
        ";
    CREATE UNIQUE INDEX profiles_by_uid ON profiles (uid);
    CREATE UNIQUE INDEX quiz_attempts_by_uid ON quiz_attempts (uid);
    CREATE UNIQUE INDEX activity_results_by_uid ON activity_results (uid);

    CREATE TRIGGER profiles_uid_required BEFORE INSERT ON profiles WHEN NEW.uid IS NULL
    BEGIN SELECT RAISE(ABORT, 'profiles.uid is required'); END;
    CREATE TRIGGER profiles_uid_kept BEFORE UPDATE OF uid ON profiles WHEN NEW.uid IS NOT OLD.uid
    BEGIN SELECT RAISE(ABORT, 'profiles.uid never changes'); END;

    CREATE TRIGGER quiz_attempts_uid_required BEFORE INSERT ON quiz_attempts WHEN NEW.uid IS NULL
    BEGIN SELECT RAISE(ABORT, 'quiz_attempts.uid is required'); END;
    CREATE TRIGGER quiz_attempts_uid_kept BEFORE UPDATE OF uid ON quiz_attempts WHEN NEW.uid IS NOT OLD.uid
    BEGIN SELECT RAISE(ABORT, 'quiz_attempts.uid never changes'); END;

    CREATE TRIGGER activity_results_uid_required BEFORE INSERT ON activity_results WHEN NEW.uid IS NULL
    BEGIN SELECT RAISE(ABORT, 'activity_results.uid is required'); END;
    CREATE TRIGGER activity_results_uid_kept BEFORE UPDATE OF uid ON activity_results WHEN NEW.uid IS NOT OLD.uid
    BEGIN SELECT RAISE(ABORT, 'activity_results.uid never changes'); END;
    ",
    ),
    // 4: teacher mode.
    //
    // The adult area's PIN. One row at most: no row means no adult has set a
    // PIN yet. Only the argon2id hash is kept, never the PIN; the count of
    // wrong tries and the time until the next try is allowed live here so
    // that restarting the app does not undo the slow-down.
    //
    // Classes and their learners. A class has the same uid on every lab
    // computer (it travels in the class file), and so do its learners
    // (profiles keep their uid); `key` signs the class's progress files
    // (HMAC-SHA256, 32 random bytes as hex), so a file edited on the way to
    // the teacher is refused.
    //
    // `device`: one random id per progress file, named in the progress files
    // this computer exports so that twenty computers' files never collide.
    "
    CREATE TABLE adult_pin (
        id               INTEGER PRIMARY KEY CHECK (id = 1),
        hash             TEXT NOT NULL,
        failed_attempts  INTEGER NOT NULL DEFAULT 0,
        locked_until     INTEGER NOT NULL DEFAULT 0,
        set_at           INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE classes (
        id           INTEGER PRIMARY KEY,
        uid          TEXT NOT NULL UNIQUE,
        name         TEXT NOT NULL,
        school_year  TEXT NOT NULL,
        key          TEXT NOT NULL,
        created_at   INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE class_members (
        class_id    INTEGER NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
        profile_id  INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        PRIMARY KEY (class_id, profile_id)
    ) STRICT;
    CREATE INDEX class_members_by_profile ON class_members (profile_id);

    CREATE TABLE device (
        id   INTEGER PRIMARY KEY CHECK (id = 1),
        uid  TEXT NOT NULL
    ) STRICT;
    ",
    // 5: campaign statistics.
    //
    // `merged` marks attempts and activity results that came in from another
    // computer's progress file: the weekly report counts only what was done
    // on this computer, so a teacher's computer that gathers a class's files
    // never counts the lab computers' work a second time.
    //
    // `stats_setting`: one row while an adult has the statistics on; no row
    // means off. Nothing done before `enabled_at` is ever counted;
    // `built_through` is the last ISO week whose reports were written to the
    // outbox. `last_problem` is a closed vocabulary (`stats::SyncProblem`),
    // never a server's free text.
    //
    // `stopped`: set when the collector answered that the campaign is closed
    // or unknown: no more weeks are built or sent until an adult turns the
    // statistics off (or over to another campaign).
    //
    // `stats_outbox`: reports not yet accepted by the collector, each the
    // exact JSON body to send (with its idempotency key, kept for every
    // retry). A report the collector refused for good keeps its reason in
    // `refused` and is not sent again. AUTOINCREMENT: an id is never reused,
    // so the answer to a report sent before the outbox was emptied can never
    // be taken for another report's.
    "
    ALTER TABLE quiz_attempts ADD COLUMN merged INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE activity_results ADD COLUMN merged INTEGER NOT NULL DEFAULT 0;

    CREATE TABLE stats_setting (
        id             INTEGER PRIMARY KEY CHECK (id = 1),
        server_url     TEXT NOT NULL,
        campaign       TEXT NOT NULL,
        campaign_name  TEXT NOT NULL,
        state          TEXT,
        enabled_at     INTEGER NOT NULL,
        built_through  TEXT,
        last_sent_at   INTEGER,
        last_problem   TEXT,
        stopped        TEXT
    ) STRICT;

    CREATE TABLE stats_outbox (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        week         TEXT NOT NULL,
        band         TEXT NOT NULL,
        body         TEXT NOT NULL,
        created_at   INTEGER NOT NULL,
        send_after   INTEGER NOT NULL,
        failures     INTEGER NOT NULL DEFAULT 0,
        next_try_at  INTEGER NOT NULL,
        refused      TEXT,
        UNIQUE (week, band)
    ) STRICT;
    ",
];

pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// The schema version this build writes (SQLite's `user_version`).
pub(crate) fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// Runs exactly the first `version` migrations. Because released migrations
/// never change, the result is what the release that introduced `version`
/// wrote; the test fixtures of old files are made this way.
pub(crate) fn migrate_to(conn: &mut rusqlite::Connection, version: usize) -> Result<(), StoreError> {
    migrations().to_version(conn, version).map_err(|e| match e {
        rusqlite_migration::Error::RusqliteError { err, .. } => StoreError::Sqlite(err),
        other => StoreError::Unavailable { path: conn.path().unwrap_or_default().into(), detail: other.to_string() },
    })
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use rusqlite::Connection;

    #[test]
    fn every_migration_applies_to_an_empty_database() {
        super::migrations().validate().unwrap();
    }

    #[test]
    fn the_sql_uuid_is_a_canonical_random_v4_per_row() {
        let conn = Connection::open_in_memory().unwrap();
        let sql = concat!(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) SELECT ",
            uuid_v4_sql!(),
            " FROM n"
        );
        let texts: Vec<String> =
            conn.prepare(sql).unwrap().query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap();
        assert_eq!(texts.iter().collect::<HashSet<_>>().len(), texts.len());
        let mut variants = HashSet::new();
        for text in &texts {
            let uid = uuid::Uuid::parse_str(text).unwrap();
            assert_eq!(&uid.hyphenated().to_string(), text);
            assert_eq!(uid.get_version_num(), 4);
            assert_eq!(uid.get_variant(), uuid::Variant::RFC4122);
            variants.insert(&text[19..20]);
        }
        // `random() & 3` is negative-safe and reaches all four variant digits.
        assert_eq!(variants, HashSet::from(["8", "9", "a", "b"]));
    }
}
