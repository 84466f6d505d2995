// End-to-end tests: the real app binary in a real WebKit, one data dir per test.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  byTestId,
  createProfile,
  launch,
  pickProfile,
  pressTestId,
  readLesson,
  tempDataDir,
  waitForAttribute,
} from './support.mjs';

const LESSON = 'passwords-8-11';
const OTHER_LESSON = 'privacy-8-11';
const lesson = readLesson(LESSON);
const sections = lesson.structure.sections;
const TIMEOUT = { timeout: 180_000 };

/** Opens the lesson from the home screen and checks its Spanish or English title. */
async function openLesson(browser, texts) {
  await pressTestId(browser, `lesson-card-${LESSON}`);
  const title = await byTestId(browser, 'lesson-title');
  await browser.waitUntil(async () => (await title.getText()) === texts.title, {
    timeout: 15000,
    timeoutMsg: `lesson title never became "${texts.title}"`,
  });
}

async function currentSection(browser) {
  return (await byTestId(browser, 'section-title')).getAttribute('data-section-id');
}

async function nextSection(browser, expectedId) {
  await pressTestId(browser, 'section-next');
  await waitForAttribute(browser, 'section-title', 'data-section-id', expectedId);
}

async function lessonState(browser) {
  return (await byTestId(browser, `lesson-status-${LESSON}`)).getAttribute('data-state');
}

test('(a) a learner creates a Spanish profile, reads a lesson, makes one mistake in the quiz and sees why', TIMEOUT, async () => {
  const app = await launch(tempDataDir());
  const { browser } = app;
  try {
    await createProfile(browser, { nickname: 'Ajolote', band: '8-11', locale: 'es-MX' });
    await openLesson(browser, lesson.es);

    // Read every section in order; each shows its Spanish title.
    for (const [i, id] of sections.entries()) {
      if (i > 0) await nextSection(browser, id);
      assert.equal(await (await byTestId(browser, 'section-title')).getText(), lesson.es.sections[id].title);
    }
    await pressTestId(browser, 'start-quiz');

    // Answer the first question wrongly on purpose, every other one rightly.
    const questions = lesson.structure.questions;
    const optionsOf = (q) => q.options ?? ['true', 'false'];
    const wrongFirst = optionsOf(questions[0]).find((o) => !questions[0].answer.includes(o));
    for (const [i, q] of questions.entries()) {
      await waitForAttribute(browser, 'question-prompt', 'data-question-id', q.id);
      const chosen = i === 0 ? [wrongFirst] : q.answer;
      for (const option of chosen) await pressTestId(browser, `option-${option}`);
      await pressTestId(browser, 'check-answer');
      await waitForAttribute(browser, 'feedback', 'data-correct', String(i !== 0));
      await pressTestId(browser, i === questions.length - 1 ? 'see-results' : 'next-question');
    }

    const score = await byTestId(browser, 'result-score');
    assert.equal(await score.getAttribute('data-score'), String(questions.length - 1));
    assert.equal(await score.getAttribute('data-total'), String(questions.length));

    // The mistake is listed with the explanation of the option chosen.
    const mistake = await byTestId(browser, `mistake-${questions[0].id}`);
    const text = await mistake.getText();
    const explanation = lesson.es.questions[questions[0].id].options[wrongFirst].explanation.trim();
    assert.ok(text.includes(explanation), `the result screen should explain the mistake:\n${text}`);
    for (const q of questions.slice(1)) {
      assert.equal(await (await browser.$(`[data-testid="mistake-${q.id}"]`)).isExisting(), false);
    }
  } finally {
    await app.close();
  }
});

test('(b) switching to English in the middle of a lesson stays on the same section', TIMEOUT, async () => {
  const app = await launch(tempDataDir());
  const { browser } = app;
  try {
    await createProfile(browser, { nickname: 'Colibrí', band: '8-11', locale: 'es-MX' });
    await openLesson(browser, lesson.es);
    await nextSection(browser, sections[1]);
    await nextSection(browser, sections[2]);

    await pressTestId(browser, 'lang-en');
    const title = await byTestId(browser, 'section-title');
    await browser.waitUntil(async () => (await title.getText()) === lesson.en.sections[sections[2]].title, {
      timeout: 15000,
      timeoutMsg: 'the section title never turned English',
    });
    assert.equal(await currentSection(browser), sections[2]);
    assert.equal(await (await byTestId(browser, 'lesson-title')).getText(), lesson.en.title);

    // And back to Spanish, still in place.
    await pressTestId(browser, 'lang-es-MX');
    await browser.waitUntil(async () => (await title.getText()) === lesson.es.sections[sections[2]].title, {
      timeout: 15000,
      timeoutMsg: 'the section title never turned Spanish again',
    });
    assert.equal(await currentSection(browser), sections[2]);
  } finally {
    await app.close();
  }
});

test('(c) progress survives quitting and restarting the app', TIMEOUT, async () => {
  const dataDir = tempDataDir();
  let app = await launch(dataDir);
  try {
    await createProfile(app.browser, { nickname: 'Tlacuache', band: '8-11', locale: 'es-MX' });
    await openLesson(app.browser, lesson.es);
    await nextSection(app.browser, sections[1]);
    await nextSection(app.browser, sections[2]);
  } finally {
    await app.close();
  }

  app = await launch(dataDir);
  const { browser } = app;
  try {
    await pickProfile(browser, 'Tlacuache');
    await browser.waitUntil(async () => (await lessonState(browser)) === 'inProgress', {
      timeout: 15000,
      timeoutMsg: 'the lesson should show as in progress after a restart',
    });
    await openLesson(browser, lesson.es);
    await waitForAttribute(browser, 'section-title', 'data-section-id', sections[2]);
  } finally {
    await app.close();
  }
});

test('(d) two profiles on one computer each see only their own progress', TIMEOUT, async () => {
  const app = await launch(tempDataDir());
  const { browser } = app;
  try {
    await createProfile(browser, { nickname: 'Jaguar', band: '8-11', locale: 'es-MX' });
    await openLesson(browser, lesson.es);
    await nextSection(browser, sections[1]);
    await nextSection(browser, sections[2]);

    // Back to the lessons, then hand the computer over.
    await pressTestId(browser, 'reader-home');
    await pressTestId(browser, 'change-profile');
    await createProfile(browser, { nickname: 'Quetzal', band: '8-11', locale: 'es-MX', avatar: 1 });
    await browser.waitUntil(async () => (await lessonState(browser)) === 'new', {
      timeout: 15000,
      timeoutMsg: "a new profile must not see another learner's progress",
    });
    await openLesson(browser, lesson.es);
    assert.equal(await currentSection(browser), sections[0], 'a new profile starts at the first section');

    await pressTestId(browser, 'reader-home');
    await pressTestId(browser, 'change-profile');
    await pickProfile(browser, 'Jaguar');
    await browser.waitUntil(async () => (await lessonState(browser)) === 'inProgress', {
      timeout: 15000,
      timeoutMsg: 'the first profile keeps its own progress',
    });
    await openLesson(browser, lesson.es);
    await waitForAttribute(browser, 'section-title', 'data-section-id', sections[2]);
  } finally {
    await app.close();
  }
});

test('(e) a corrupted database gives a clear message and is left untouched', TIMEOUT, async () => {
  const dataDir = tempDataDir();
  const dbPath = path.join(dataDir, 'progress.sqlite3');
  writeFileSync(dbPath, Buffer.from('These bytes are not a SQLite database. '.repeat(200)));
  const digest = () => createHash('sha256').update(readFileSync(dbPath)).digest('hex');
  const before = digest();

  const app = await launch(dataDir);
  const { browser } = app;
  try {
    const screen = await byTestId(browser, 'store-error');
    const text = await screen.getText();
    assert.ok(text.includes(dbPath), `the message names the file:\n${text}`);
    assert.match(text, /no lo cambiamos ni lo borramos|not change or delete/i);
    // Nothing else is reachable while the file is refused.
    assert.equal(await (await browser.$('[data-testid="new-profile"]')).isExisting(), false);
  } finally {
    await app.close();
  }
  assert.equal(digest(), before, 'the damaged file must not be modified');
  // The single-instance lock is an empty sibling file, taken before the database is opened.
  const lock = 'progress.sqlite3.lock';
  const leftovers = readdirSync(dataDir).filter((f) => f.startsWith('progress.sqlite3') && f !== 'progress.sqlite3' && f !== lock);
  assert.deepEqual(leftovers, [], 'no journal files are created next to a refused database');
  if (existsSync(path.join(dataDir, lock))) assert.equal(statSync(path.join(dataDir, lock)).size, 0, 'the lock file holds nothing');
});

/** Reads the open lesson to its end and answers every question of its quiz rightly, up to the result screen. */
async function passQuiz(browser) {
  for (const id of sections.slice(1)) await nextSection(browser, id);
  await pressTestId(browser, 'start-quiz');
  const questions = lesson.structure.questions;
  for (const [i, q] of questions.entries()) {
    await waitForAttribute(browser, 'question-prompt', 'data-question-id', q.id);
    for (const option of q.answer) await pressTestId(browser, `option-${option}`);
    await pressTestId(browser, 'check-answer');
    await waitForAttribute(browser, 'feedback', 'data-correct', 'true');
    await pressTestId(browser, i === questions.length - 1 ? 'see-results' : 'next-question');
  }
  await byTestId(browser, 'result-score');
}

/** A new data dir holding a copy of `dataDir`'s progress.sqlite3 and nothing else: no -wal, no -shm. */
function copyMainFileAlone(dataDir) {
  const copy = tempDataDir();
  copyFileSync(path.join(dataDir, 'progress.sqlite3'), path.join(copy, 'progress.sqlite3'));
  return copy;
}

/** Launches the app on `dataDir` and checks what the profile sees of the lesson. */
async function expectLessonState(dataDir, nickname, state, message) {
  const app = await launch(dataDir);
  try {
    await pickProfile(app.browser, nickname);
    await app.browser.waitUntil(async () => (await lessonState(app.browser)) === state, { timeout: 15000, timeoutMsg: message });
  } finally {
    await app.close();
  }
}

test('(f) progress.sqlite3 alone is complete after each quiz and after the app is asked to quit (SIGTERM)', TIMEOUT, async () => {
  const dataDir = tempDataDir();
  const app = await launch(dataDir);
  let afterQuiz;
  try {
    await createProfile(app.browser, { nickname: 'Cenzontle', band: '8-11', locale: 'es-MX' });
    await openLesson(app.browser, lesson.es);
    await passQuiz(app.browser);
    // What an adult copying the file while the app runs would take.
    afterQuiz = copyMainFileAlone(dataDir);

    // Start a second lesson, then quit the way a shutdown or a logout does.
    await pressTestId(app.browser, 'back-home');
    await pressTestId(app.browser, `lesson-card-${OTHER_LESSON}`);
    await byTestId(app.browser, 'section-title');
    await pressTestId(app.browser, 'section-next');
  } finally {
    await app.close({ signal: 'SIGTERM' });
  }
  const wal = path.join(dataDir, 'progress.sqlite3-wal');
  assert.ok(!existsSync(wal) || statSync(wal).size === 0, 'quitting leaves nothing in the -wal file');
  const log = readFileSync(path.join(dataDir, 'logs', 'ciberescudo.log'), 'utf8').trimEnd().split('\n');
  assert.ok(log.some((line) => /progress database closed$/.test(line)), 'the exit handler closed the progress file');
  assert.match(log.at(-1), /quit$/, "and the log's last line reached the file");
  const afterQuit = copyMainFileAlone(dataDir);

  await expectLessonState(afterQuiz, 'Cenzontle', 'done', 'the file copied right after the quiz holds the finished quiz');
  const app2 = await launch(afterQuit);
  try {
    await pickProfile(app2.browser, 'Cenzontle');
    await app2.browser.waitUntil(async () => (await lessonState(app2.browser)) === 'done', {
      timeout: 15000,
      timeoutMsg: 'the file copied after quitting holds the finished quiz',
    });
    const other = await byTestId(app2.browser, `lesson-status-${OTHER_LESSON}`);
    assert.equal(await other.getAttribute('data-state'), 'inProgress', 'and the lesson started after it');
  } finally {
    await app2.close();
  }
});
