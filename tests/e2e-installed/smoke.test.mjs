// Smoke test of the installed package: scripts/test-packages.sh installs the
// freshly built .deb and runs this against /usr/bin/ciberescudo-app, not the
// build tree. The learner's data goes where a school computer keeps it, under a
// temporary home (CIBERESCUDO_SMOKE_HOME) that the script checks again after
// `apt-get remove`: uninstalling must leave it alone.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { byTestId, createProfile, launch, pressTestId, readLesson } from '../e2e/support.mjs';

const INSTALLED = '/usr/bin/ciberescudo-app';
const LESSON = 'passwords-8-11';
const TIMEOUT = { timeout: 180_000 };

test('the installed app starts, makes a profile and opens a lesson', TIMEOUT, async () => {
  // support.mjs launches whatever CIBERESCUDO_APP_BINARY names and checks that
  // a process of that very executable is running.
  assert.equal(process.env.CIBERESCUDO_APP_BINARY, INSTALLED);
  const home = process.env.CIBERESCUDO_SMOKE_HOME;
  assert.ok(home, 'Set CIBERESCUDO_SMOKE_HOME to an empty folder (scripts/test-packages.sh does).');
  // The app's own data dir under that home (README: where data lives).
  const dataDir = path.join(home, '.local', 'share', 'mx.ciberescudo.app');
  mkdirSync(dataDir, { recursive: true });
  const env = {
    HOME: home,
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
  };

  const app = await launch(dataDir, { env });
  const { browser } = app;
  try {
    // The profile screen, then a new learner and a lesson in Spanish.
    await byTestId(browser, 'new-profile');
    await createProfile(browser, { nickname: 'Ajolote', band: '8-11', locale: 'es-MX' });
    await pressTestId(browser, `lesson-card-${LESSON}`);
    const title = await byTestId(browser, 'lesson-title');
    const expected = readLesson(LESSON).es.title;
    await browser.waitUntil(async () => (await title.getText()) === expected, {
      timeout: 15000,
      timeoutMsg: `the lesson's title never became "${expected}"`,
    });
  } finally {
    await app.close();
  }
  assert.ok(existsSync(path.join(dataDir, 'progress.sqlite3')), `no progress.sqlite3 in ${dataDir}`);
});
