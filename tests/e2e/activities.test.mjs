// End-to-end tests of the four activity types, in the real app, driven by
// the lessons' own files so that content edits do not break them.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import {
  byTestId,
  createProfile,
  existingByTestId,
  launch,
  pathToGood,
  press,
  pressTestId,
  readLesson,
  tempDataDir,
  waitForAttribute,
} from './support.mjs';

const TIMEOUT = { timeout: 180_000 };

/** Opens a lesson and steps forward to the section an activity follows. */
async function openAt(browser, lessonId, sectionId) {
  const { structure } = readLesson(lessonId);
  await pressTestId(browser, `lesson-card-${lessonId}`);
  await byTestId(browser, 'lesson-title');
  for (const id of structure.sections.slice(1, structure.sections.indexOf(sectionId) + 1)) {
    await pressTestId(browser, 'section-next');
    await waitForAttribute(browser, 'section-title', 'data-section-id', id);
  }
}

function activityOf(lessonId, kind) {
  const lesson = readLesson(lessonId);
  const activity = lesson.structure.activities.find((a) => a.kind === kind);
  assert.ok(activity, `${lessonId} has a ${kind} activity`);
  return { lesson, activity };
}

test('spot the scam: marking the suspicious parts and checking explains each part', TIMEOUT, async () => {
  const { lesson, activity } = activityOf('scams-12-14', 'spot-the-scam');
  const app = await launch(tempDataDir());
  const { browser } = app;
  try {
    await createProfile(browser, { nickname: 'Cacomixtle', band: '12-14', locale: 'es-MX' });
    await openAt(browser, 'scams-12-14', activity.after);
    await pressTestId(browser, `activity-${activity.id}`);

    // Mark every suspicious part but the first, and one innocent part.
    const [missed, ...caught] = activity.suspicious;
    const innocent = activity.parts.find((p) => !activity.suspicious.includes(p));
    for (const part of [...caught, innocent]) {
      const toggle = await existingByTestId(browser, `spot-part-${part}`);
      await press(toggle, `spot-part-${part}`);
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    }
    await pressTestId(browser, 'spot-check');

    const result = await byTestId(browser, 'spot-result');
    assert.equal(await result.getAttribute('data-caught'), String(caught.length));
    assert.equal(await result.getAttribute('data-missed'), '1');
    assert.equal(await result.getAttribute('data-false-alarms'), '1');
    const feedback = await byTestId(browser, `part-feedback-${missed}`);
    const explanation = lesson.es.activities[activity.id].parts[missed].explanation.trim();
    assert.ok((await feedback.getText()).includes(explanation), 'the missed part is explained');
  } finally {
    await app.close();
  }
});

test('what would you do: choices lead on with feedback, back returns, and a good ending is reached', TIMEOUT, async () => {
  const { lesson, activity } = activityOf('kindness-8-11', 'what-would-you-do');
  const path = pathToGood(activity);
  assert.ok(path?.length >= 1, 'the story has a path to a good ending');
  const app = await launch(tempDataDir());
  const { browser } = app;
  try {
    await createProfile(browser, { nickname: 'Axolotl', band: '8-11', locale: 'es-MX' });
    await openAt(browser, 'kindness-8-11', activity.after);
    await pressTestId(browser, `activity-${activity.id}`);
    await waitForAttribute(browser, 'story-step', 'data-step-id', activity.steps[0]);

    // Take the first choice, see its feedback, go on, then come back to the start.
    const first = path[0];
    await pressTestId(browser, `story-choice-${first.id}`);
    const feedback = await byTestId(browser, 'story-feedback');
    assert.ok((await feedback.getText()).includes(lesson.es.activities[activity.id].choices[first.id].feedback.trim()));
    await pressTestId(browser, 'story-continue');
    await waitForAttribute(browser, 'story-step', 'data-step-id', first.to);
    await pressTestId(browser, 'story-back');
    await waitForAttribute(browser, 'story-step', 'data-step-id', activity.steps[0]);

    for (const choice of path) {
      await pressTestId(browser, `story-choice-${choice.id}`);
      await pressTestId(browser, 'story-continue');
    }
    const ending = await byTestId(browser, 'story-ending');
    assert.equal(await ending.getAttribute('data-outcome'), 'good');
  } finally {
    await app.close();
  }
});

test('sort it: every item placed by keyboard-friendly selects is checked and scored', TIMEOUT, async () => {
  const { activity } = activityOf('privacy-8-11', 'sort-it');
  const items = Object.entries(activity.items);
  const app = await launch(tempDataDir());
  const { browser } = app;
  try {
    await createProfile(browser, { nickname: 'Tecolote', band: '8-11', locale: 'en' });
    await openAt(browser, 'privacy-8-11', activity.after);
    await pressTestId(browser, `activity-${activity.id}`);

    // All right but the first item, which goes to another group.
    const [firstId, firstGroup] = items[0];
    const otherGroup = activity.groups.find((g) => g !== firstGroup);
    for (const [id, group] of items) {
      const select = await existingByTestId(browser, `sort-select-${id}`);
      await select.selectByAttribute('value', id === firstId ? otherGroup : group);
    }
    await pressTestId(browser, 'sort-check');
    const result = await byTestId(browser, 'sort-result');
    assert.equal(await result.getAttribute('data-total'), String(items.length));
    assert.equal(await result.getAttribute('data-right'), String(items.length - 1));
    await byTestId(browser, `item-feedback-${firstId}`);
  } finally {
    await app.close();
  }
});

/** Every file under a directory, recursively. */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

test('passphrase lab: strength updates live and nothing typed is saved', TIMEOUT, async () => {
  const { activity } = activityOf('passwords-8-11', 'passphrase-lab');
  const secret = 'jirafa taco nube trompeta';
  const nickname = 'Zenzontle';
  const dataDir = tempDataDir();
  const app = await launch(dataDir);
  const { browser } = app;
  try {
    await createProfile(browser, { nickname, band: '8-11', locale: 'es-MX' });
    await openAt(browser, 'passwords-8-11', activity.after);
    await pressTestId(browser, `activity-${activity.id}`);

    const input = await byTestId(browser, 'passphrase-input');
    await input.setValue('password');
    await browser.waitUntil(async () => Number(await (await byTestId(browser, 'passphrase-meter')).getAttribute('data-score')) <= 1, {
      timeout: 10000,
      timeoutMsg: 'a common password should score low',
    });
    await input.setValue(secret);
    await browser.waitUntil(async () => Number(await (await byTestId(browser, 'passphrase-meter')).getAttribute('data-score')) >= 3, {
      timeout: 10000,
      timeoutMsg: 'four random words should score high',
    });
    await pressTestId(browser, 'passphrase-done');
    await byTestId(browser, 'passphrase-finished');
  } finally {
    // Ends the session and returns once the app's process is gone: nothing more is
    // written to the data dir after this.
    await app.close();
  }

  // Every file the app wrote: the database with its -wal and -shm, and logs/.
  const files = filesUnder(dataDir);
  const database = path.join(dataDir, 'progress.sqlite3');
  assert.ok(files.includes(database), `no database in ${dataDir}: ${files.join(', ')}`);
  assert.ok(readFileSync(database).length > 0, 'the database is empty');
  const logs = files.filter((f) => path.relative(dataDir, f).split(path.sep)[0] === 'logs' && readFileSync(f).length > 0);
  assert.ok(logs.length > 0, `no non-empty log file under ${path.join(dataDir, 'logs')}: ${files.join(', ')}`);

  for (const file of files) {
    assert.ok(!readFileSync(file).includes(secret), `${file} contains the typed passphrase`);
  }
  // The logs never name the learner or the computer's user (whose home a path gives away).
  const home = homedir();
  for (const file of logs) {
    for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
      assert.ok(!line.includes(nickname), `${file}:${i + 1} names the learner: ${line}`);
      if (home.length > 1) assert.ok(!line.includes(home), `${file}:${i + 1} contains the home directory: ${line}`);
    }
  }
});
