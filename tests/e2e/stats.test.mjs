// End-to-end test of the campaign statistics in the real app, against the real
// collector on loopback. An adult turns them on in the adult area; a learner
// finishes a lesson "last week" (the app's clock started there through
// CIBERESCUDO_TEST_CLOCK, the variable only tests use); the next start, on the
// real clock, closes that week; the adult reads the waiting report exactly as it
// will be sent and sends it; and the organizers' CSV shows it.
//
// The suppression threshold stays at 10: nine other computers' reports for the
// same week, age group and state come first, so the week reads "<10" until this
// app's report lifts it to a number.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoWeekOfLocalDay, lastWednesdayNoon, startCollector } from './collector.mjs';
import {
  byTestId,
  createProfile,
  launch,
  pickProfile,
  pressTestId,
  readLesson,
  readLessonAndQuiz,
  tempDataDir,
  typeInto,
  waitForAttribute,
} from './support.mjs';

const TIMEOUT = { timeout: 300_000 };
const LESSON = 'passwords-8-11';
const lesson = readLesson(LESSON);
const PIN = '5193';
const NICKNAME = 'Colibrí';
const STATE = '09';

async function enterAdultArea(browser, { first = false } = {}) {
  await pressTestId(browser, 'adult-link');
  await waitForAttribute(browser, 'pin-form', 'data-mode', first ? 'create' : 'enter');
  await typeInto(browser, 'pin-input', PIN);
  if (first) await typeInto(browser, 'pin-repeat-input', PIN);
  await pressTestId(browser, 'pin-submit');
  await byTestId(browser, 'adult-area-title');
}

/** The "lessons completed" figure of a week in the organizers' weeks.csv. */
async function publishedWeek(collector, week) {
  const [header, ...rows] = await collector.csv('weeks');
  const column = header.indexOf('Lecciones completadas');
  assert.notEqual(column, -1, `weeks.csv has no completed column: ${header}`);
  const row = rows.find((cells) => cells[0] === week);
  assert.ok(row, `weeks.csv has no row for ${week}`);
  return row[column];
}

test('an adult opts in, a week closes, the adult reads its report and sends it, and the campaign counts it', TIMEOUT, async () => {
  const collector = await startCollector();
  const dataDir = tempDataDir();
  const lastWeekDay = lastWednesdayNoon();
  const week = isoWeekOfLocalDay(lastWeekDay);
  try {
    const others = { week, band: '8-11', state: STATE };
    const lessons = [{ lesson: LESSON, completed: 1, quiz_attempts: 1, quiz_passed: 1, activities_done: 0 }];
    for (let i = 0; i < 9; i += 1) assert.equal(await collector.send({ ...others, lessons }), 201);
    assert.equal(await publishedWeek(collector, week), '<10', 'nine lessons are a small group');

    // Last week: the adult turns the statistics on, then a learner does a lesson.
    let app = await launch(dataDir, { env: { CIBERESCUDO_TEST_CLOCK: lastWeekDay.toISOString() } });
    let { browser } = app;
    try {
      await createProfile(browser, { nickname: NICKNAME, band: '8-11', locale: 'es-MX' });
      await pressTestId(browser, 'change-profile');
      await enterAdultArea(browser, { first: true });
      await pressTestId(browser, 'open-stats');
      const explainer = await (await byTestId(browser, 'stats-explainer')).getText();
      assert.match(explainer, /nunca/i, 'the screen says what is never sent');
      await typeInto(browser, 'stats-server', collector.url);
      await typeInto(browser, 'stats-campaign', collector.code.toLowerCase());
      await (await byTestId(browser, 'stats-state')).selectByAttribute('value', STATE);
      await pressTestId(browser, 'stats-turn-on');
      await byTestId(browser, 'stats-on', 60_000);
      assert.match(await (await byTestId(browser, 'stats-campaign-name')).getText(), /Campaña escolar de prueba/);
      await byTestId(browser, 'stats-no-reports');
      await pressTestId(browser, 'stats-back');
      await pressTestId(browser, 'adult-leave');

      await pickProfile(browser, NICKNAME);
      await readLessonAndQuiz(browser, LESSON, lesson);

      // The week is not over yet: nothing waits to be sent.
      await pressTestId(browser, 'change-profile');
      await enterAdultArea(browser);
      await pressTestId(browser, 'open-stats');
      await byTestId(browser, 'stats-on');
      await byTestId(browser, 'stats-no-reports');
    } finally {
      await app.close();
    }
    assert.equal(await publishedWeek(collector, week), '<10', 'nothing left the computer during the week');

    // Today, on the real clock: the start-up round closes last week.
    app = await launch(dataDir);
    browser = app.browser;
    try {
      await enterAdultArea(browser);
      await pressTestId(browser, 'open-stats');
      const item = await browser.$(`[data-testid="stats-report-item"][data-week="${week}"][data-band="8-11"]`);
      await item.waitForDisplayed({ timeout: 15_000, timeoutMsg: `no waiting report for ${week}` });
      // Held for a day so an adult can look first: not sent by itself yet.
      assert.equal(await publishedWeek(collector, week), '<10');

      await pressTestId(browser, 'stats-report-open');
      const body = await (await byTestId(browser, 'stats-report-json')).getText();
      const sent = JSON.parse(body);
      assert.equal(sent.week, week);
      assert.equal(sent.band, '8-11');
      assert.equal(sent.state, STATE);
      assert.equal(sent.campaign, collector.code);
      assert.deepEqual(sent.lessons.map((l) => [l.lesson, l.completed, l.quiz_attempts, l.quiz_passed]), [[LESSON, 1, 1, 1]]);
      assert.equal(sent.questions.length, lesson.structure.questions.length);
      assert.ok(sent.questions.every((q) => q.answered === 1 && q.first_try_right === 1));
      assert.ok(!body.includes(NICKNAME) && !body.includes('Colibr'), 'no nickname in the report');
      assert.match(body, /"key": "[0-9a-f]{32}"/);
      const readable = await (await byTestId(browser, 'stats-report-lessons')).getText();
      assert.ok(readable.includes(lesson.es.title), `the readable table names the lesson: ${readable}`);
      await pressTestId(browser, 'stats-report-back');

      await pressTestId(browser, 'stats-send-now');
      await byTestId(browser, 'stats-no-reports', 60_000);
      await byTestId(browser, 'stats-last-sent');
      assert.equal(await (await browser.$('[data-testid="stats-last-problem"]')).isExisting(), false);
    } finally {
      await app.close();
    }
    assert.equal(await publishedWeek(collector, week), '10', "this computer's report lifts the group over the threshold");
  } finally {
    await collector.stop();
  }
});
