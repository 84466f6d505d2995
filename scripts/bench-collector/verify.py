#!/usr/bin/env python3
"""Counts the load test's unique reports straight from their numbers and
compares the sums with the collector's aggregates, exactly.

Usage: verify.py COUNTS_PREFIX THREADS SALT sqlite PATH CONNECTIONS
       verify.py COUNTS_PREFIX THREADS SALT postgres URL CONNECTIONS

Report n is rebuilt the way reports.lua builds it. The reports counted are
those whose key's hash the collector keeps (what was still in flight when
wrk stopped may or may not have been committed); their straight sum must
equal the aggregates exactly, and no more than a connection's worth of
reports may be missing.
"""
import hashlib
import json
import collections
import subprocess
import sys

LESSONS = [
    "devices-8-11", "devices-12-14", "devices-15-17", "kindness-8-11", "kindness-12-14", "kindness-15-17",
    "misinformation-8-11", "misinformation-12-14", "misinformation-15-17", "passwords-8-11", "passwords-12-14",
    "passwords-15-17", "privacy-8-11", "privacy-12-14", "privacy-15-17", "rights-8-11", "rights-12-14",
    "rights-15-17", "scams-8-11", "scams-12-14", "scams-15-17", "strangers-8-11", "strangers-12-14",
    "strangers-15-17", "wellbeing-8-11", "wellbeing-12-14", "wellbeing-15-17", "family-accounts",
    "family-scams", "family-settings", "family-talk", "family-warning-signs",
]
BANDS = ["8-11", "12-14", "15-17", "adults"]


def expected(numbers):
    lessons = collections.Counter()
    questions = collections.Counter()
    for n in numbers:
        band, state = BANDS[n % 4], n % 33
        for k in range(10):
            lesson = LESSONS[(n * 7 + k * 3) % 32]
            completed = 1 + (n + k) % 5
            attempts = completed + (n % 2)
            for field, value in (("completed", completed), ("quiz_attempts", attempts),
                                 ("quiz_passed", completed), ("activities_done", (n + 2 * k) % 4)):
                lessons[(band, state, lesson, field)] += value
            for q in range(1, 9):
                answered = 1 + (n + q) % 4
                questions[(band, state, lesson, f"question-{q}", "answered")] += answered
                questions[(band, state, lesson, f"question-{q}", "first_try_right")] += (n + k + q) % (answered + 1)
    return lessons, questions


LESSON_SQL = """SELECT c.band, c.state, l.lesson, l.completed, l.quiz_attempts, l.quiz_passed, l.activities_done
                FROM lesson_counts l JOIN cells c ON c.id = l.cell_id"""
QUESTION_SQL = {
    # SQLite packs a lesson's questions in one row (see store/sqlite.rs).
    "sqlite": """SELECT c.band, c.state, q.lesson, q.counts FROM question_counts q JOIN cells c ON c.id = q.cell_id""",
    "postgres": """SELECT c.band, c.state, q.lesson, q.question, q.answered, q.first_try_right
                   FROM question_counts q JOIN cells c ON c.id = q.cell_id""",
}


def rows(kind, where, sql):
    if kind == "sqlite":
        import sqlite3
        with sqlite3.connect(f"file:{where}?mode=ro", uri=True) as db:
            return [tuple(r) for r in db.execute(sql)]
    out = subprocess.run(["psql", where, "-At", "-F", "\t", "-c", sql], check=True, capture_output=True, text=True).stdout
    return [tuple(int(x) if x.isdigit() else x for x in line.split("\t")) for line in out.splitlines() if line]


def stored(kind, where):
    lessons = collections.Counter()
    for band, state, lesson, *values in rows(kind, where, LESSON_SQL):
        for field, value in zip(("completed", "quiz_attempts", "quiz_passed", "activities_done"), values):
            lessons[(band, int(state), lesson, field)] += int(value)
    questions = collections.Counter()
    question_rows = rows(kind, where, QUESTION_SQL[kind])
    if kind == "sqlite":
        question_rows = [(band, state, lesson, question, answered, right)
                         for band, state, lesson, packed in question_rows
                         for question, (answered, right) in json.loads(packed).items()]
    for band, state, lesson, question, answered, right in question_rows:
        questions[(band, int(state), lesson, question, "answered")] += int(answered)
        questions[(band, int(state), lesson, question, "first_try_right")] += int(right)
    hashes = rows(kind, where, "SELECT lower(hex(key_hash)) FROM seen_keys" if kind == "sqlite"
                  else "SELECT encode(key_hash, 'hex') FROM seen_keys")
    return lessons, questions, {h for (h,) in hashes}


def main():
    prefix, threads, salt, kind, where = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
    made = []
    for thread in range(threads):
        with open(f"{prefix}.{thread}") as f:
            made.extend(thread + threads * i for i in range(int(f.readline())))
    got_lessons, got_questions, seen = stored(kind, where)
    key_hash = lambda n: hashlib.sha256(bytes.fromhex(f"{salt}{n:016x}")).hexdigest()[:32]
    counted = [n for n in made if key_hash(n) in seen]
    want_lessons, want_questions = expected(counted)
    missing = len(made) - len(counted)
    ok = (want_lessons == got_lessons and want_questions == got_questions and len(seen) == len(counted)
          and missing <= int(sys.argv[6] if len(sys.argv) > 6 else 1000))
    print(f"VERIFY unique_reports_sent={len(made)} counted={len(counted)} in_flight_at_stop={missing} "
          f"keys_stored={len(seen)} lesson_cells={len(want_lessons) // 4} question_cells={len(want_questions) // 2} "
          f"aggregates_exact={'yes' if ok else 'NO'}")
    if not ok:
        diff = [k for k in set(want_lessons) | set(got_lessons) if want_lessons[k] != got_lessons[k]][:5]
        print("first differences:", [(k, want_lessons[k], got_lessons[k]) for k in diff], file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
