// Launches the real Ciberescudo binary under tauri-driver (WebKitWebDriver)
// and gives tests a WebdriverIO session plus small helpers keyed by the
// UI's data-testid attributes.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseToml } from 'smol-toml';
import { remote } from 'webdriverio';
import { freePort, waitForPort } from '../support/ports.mjs';
import { assertLogsHoldNothingTyped, endOfWord, recordKeys, recordTyped, wasTyped } from './typed-text.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');

const APP = process.env.CIBERESCUDO_APP_BINARY;
if (!APP) throw new Error('Set CIBERESCUDO_APP_BINARY to the built app (scripts/test.sh does).');

export function tempDataDir() {
  return mkdtempSync(path.join(tmpdir(), 'ciberescudo-e2e-'));
}

/**
 * The processes of the app binary started with this data dir, by pid, read from
 * /proc (the end-to-end tests run on Linux): the executable and the environment
 * tell this test's app from any other.
 */
function appProcesses(dataDir) {
  const binary = realpathSync(APP);
  const marker = `CIBERESCUDO_DATA_DIR=${dataDir}`;
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // A running binary that was rebuilt meanwhile reads as "<path> (deleted)".
      const exe = readlinkSync(`/proc/${entry}/exe`).replace(/ \(deleted\)$/, '');
      if (exe !== binary) continue;
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(marker)) pids.push(Number(entry));
    } catch {
      // Gone meanwhile, or someone else's process.
    }
  }
  return pids;
}

async function waitForAppProcess(dataDir, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pids = appProcesses(dataDir);
    if (pids.length > 0) return pids;
    if (Date.now() > deadline) throw new Error(`no process of ${APP} with CIBERESCUDO_DATA_DIR=${dataDir} is running`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function waitForAppExit(dataDir, pids, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = appProcesses(dataDir).filter((pid) => pids.includes(pid));
    if (left.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`the app (pid ${left.join(', ')}) is still running ${timeoutMs} ms after its WebDriver session ended`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A fresh empty folder for the files the app exports (pass it as CIBERESCUDO_SAVE_DIR). */
export function tempSaveDir() {
  return mkdtempSync(path.join(tmpdir(), 'ciberescudo-e2e-save-'));
}

/**
 * Starts the app with its own data dir. Returns { browser, close }: close() ends the
 * WebDriver session, which quits the app, and resolves only once the app's process
 * is gone, so every file it wrote is complete (and a next launch on the same data
 * dir finds no other instance). Then it reads the app's logs and fails if they hold
 * anything typed into any app in this test file (typed-text.mjs), or hold nothing.
 *
 * `env` adds variables to the app's environment, e.g. { CIBERESCUDO_SAVE_DIR: tempSaveDir() }
 * so that exports are written there instead of asking in a save dialog nobody can answer.
 */
export async function launch(dataDir, { env = {} } = {}) {
  const [port, nativePort] = [await freePort(), await freePort()];
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
    // The app inherits this environment through WebKitWebDriver.
    env: { ...process.env, ...env, CIBERESCUDO_DATA_DIR: dataDir, WEBKIT_DISABLE_COMPOSITING_MODE: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForPort(port, driver, 'tauri-driver');
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    connectionRetryCount: 2,
    capabilities: {
      browserName: 'wry',
      'wdio:enforceWebDriverClassic': true,
      'tauri:options': { application: APP },
    },
  });
  browser.setTimeout({ implicit: 0 });
  // Every string typed in this session is recorded, for close() to look for in the logs.
  // setValue types through addValue; both are wrapped, in case that ever changes.
  for (const command of ['setValue', 'addValue']) {
    browser.overwriteCommand(
      command,
      function (original, value, options) {
        endOfWord();
        recordTyped(value);
        return original(value, options);
      },
      true,
    );
  }
  browser.overwriteCommand('keys', function (original, value) {
    recordKeys(value);
    return original(value);
  });
  // A click moves on from whatever was being typed key by key.
  browser.overwriteCommand(
    'click',
    function (original, options) {
      endOfWord();
      return original(options);
    },
    true,
  );
  const stopDriver = async () => {
    if (driver.exitCode === null) {
      driver.kill('SIGTERM');
      await once(driver, 'exit');
    }
  };
  let pids;
  try {
    pids = await waitForAppProcess(dataDir);
  } catch (error) {
    await browser.deleteSession().catch(() => {});
    await stopDriver();
    throw error;
  }
  return {
    browser,
    /**
     * `signal` (e.g. 'SIGTERM', what a shutdown sends) quits the app with it first,
     * while the session is still open, instead of leaving the quitting to WebDriver,
     * which ends the app without letting it run its exit handler.
     */
    async close({ signal } = {}) {
      try {
        if (signal) {
          for (const pid of pids) process.kill(pid, signal);
          await waitForAppExit(dataDir, pids);
        }
        await browser.deleteSession().catch(() => {});
        await waitForAppExit(dataDir, pids);
      } finally {
        await stopDriver();
      }
      assertLogsHoldNothingTyped(dataDir);
    },
  };
}

/** The element with a data-testid, waited for until displayed. */
export async function byTestId(browser, id, timeout = 15000) {
  const el = await browser.$(`[data-testid="${id}"]`);
  await el.waitForDisplayed({ timeout });
  return el;
}

/** The element with a data-testid, once it exists, visible or not (press() then needs it clickable). */
export async function existingByTestId(browser, id, timeout = 15000) {
  const el = await browser.$(`[data-testid="${id}"]`);
  await el.waitForExist({ timeout });
  return el;
}

/**
 * Clicks a control the way a learner does: scrolled into view, then a real WebDriver
 * click once it is displayed, enabled and not covered by anything. A control nobody
 * could click fails the test, naming it; there is no fallback to a JavaScript click.
 */
export async function press(el, name) {
  const what = name ?? (await el.getAttribute('data-testid').catch(() => null)) ?? el.selector;
  try {
    await el.scrollIntoView({ block: 'center' });
    await el.waitForClickable({ timeout: 15000, timeoutMsg: 'not clickable after 15 s (hidden, disabled or covered)' });
    await el.click();
  } catch (error) {
    throw new Error(`A learner could not click "${what}": ${error.message}`, { cause: error });
  }
}

export async function pressTestId(browser, id) {
  await press(await existingByTestId(browser, id), id);
}

export async function waitForAttribute(browser, id, name, expected, timeout = 15000) {
  await browser.waitUntil(
    async () => {
      const el = await browser.$(`[data-testid="${id}"]`);
      return (await el.isExisting()) && (await el.getAttribute(name)) === expected;
    },
    { timeout, timeoutMsg: `${id}[${name}] never became ${expected}` },
  );
}

export async function createProfile(browser, { nickname, band, locale, avatar = 0 }) {
  await pressTestId(browser, 'new-profile');
  const input = await byTestId(browser, 'nickname-input');
  await input.setValue(nickname);
  // Proof, in every run that makes a profile, that typing is recorded for the log check.
  if (!wasTyped(nickname)) throw new Error(`typing "${nickname}" was not recorded, so the logs cannot be checked for it`);
  await pressTestId(browser, `avatar-${avatar}`);
  await pressTestId(browser, `band-${band}`);
  await pressTestId(browser, `locale-${locale}`);
  await pressTestId(browser, 'create-profile-submit');
}

/** Picks an existing profile tile by its nickname. */
export async function pickProfile(browser, nickname) {
  await browser.waitUntil(async () => (await profileTile(browser, nickname)) !== null, {
    timeout: 15000,
    timeoutMsg: `no profile tile for ${nickname}`,
  });
  await press(await profileTile(browser, nickname), `the profile tile of ${nickname}`);
}

async function profileTile(browser, nickname) {
  for (const tile of await browser.$$('[data-testid^="profile-"]')) {
    if ((await tile.getText()).includes(nickname)) return tile;
  }
  return null;
}

/** Types into a field (WebDriver send keys, after clearing it) and returns the field. */
export async function typeInto(browser, id, text) {
  const field = await byTestId(browser, id);
  await field.setValue(text);
  return field;
}

/**
 * The rest of the data-testid of the element whose id starts with `prefix` and
 * whose text contains `text`: e.g. a profile's id from its card.
 */
export async function testIdSuffixByText(browser, prefix, text) {
  let found = null;
  await browser.waitUntil(
    async () => {
      for (const el of await browser.$$(`[data-testid^="${prefix}"]`)) {
        if ((await el.getText()).includes(text)) {
          found = (await el.getAttribute('data-testid')).slice(prefix.length);
          return true;
        }
      }
      return false;
    },
    { timeout: 15000, timeoutMsg: `no ${prefix}… element says "${text}"` },
  );
  return found;
}

/**
 * From the home screen: reads a lesson (from readLesson) section by section and
 * does its quiz, answering `wrong` (a question id) with a wrong option and every
 * other question right, then goes back home. Returns the score.
 */
export async function readLessonAndQuiz(browser, lessonId, lesson, { wrong = null } = {}) {
  await pressTestId(browser, `lesson-card-${lessonId}`);
  await byTestId(browser, 'lesson-title');
  for (const id of lesson.structure.sections.slice(1)) {
    await pressTestId(browser, 'section-next');
    await waitForAttribute(browser, 'section-title', 'data-section-id', id);
  }
  await pressTestId(browser, 'start-quiz');
  const questions = lesson.structure.questions;
  for (const [i, q] of questions.entries()) {
    await waitForAttribute(browser, 'question-prompt', 'data-question-id', q.id);
    const right = q.id !== wrong;
    const chosen = right ? q.answer : [(q.options ?? ['true', 'false']).find((o) => !q.answer.includes(o))];
    for (const option of chosen) await pressTestId(browser, `option-${option}`);
    await pressTestId(browser, 'check-answer');
    await waitForAttribute(browser, 'feedback', 'data-correct', String(right));
    await pressTestId(browser, i === questions.length - 1 ? 'see-results' : 'next-question');
  }
  const score = questions.filter((q) => q.id !== wrong).length;
  await waitForAttribute(browser, 'result-score', 'data-score', String(score));
  await pressTestId(browser, 'back-home');
  return score;
}

/** A lesson as written in content/: structure and both languages. */
export function readLesson(id) {
  const dir = path.join(repo, 'content', 'lessons', id);
  const read = (name) => parseToml(readFileSync(path.join(dir, name), 'utf8'));
  return { structure: read('lesson.toml'), es: read('es-MX.toml'), en: read('en.toml') };
}

/** A learner lesson's plan for the teacher, as written in content/: both languages. */
export function readPlan(id) {
  const dir = path.join(repo, 'content', 'lessons', id);
  const read = (name) => parseToml(readFileSync(path.join(dir, name), 'utf8'));
  return { es: read('plan.es-MX.toml'), en: read('plan.en.toml') };
}

/** A story activity's path of choices from its start to a good ending (depth-first). */
export function pathToGood(activity) {
  const seen = new Set();
  const walk = (step) => {
    if (activity.endings?.[step] === 'good') return [];
    if (seen.has(step)) return null;
    seen.add(step);
    for (const choice of activity.choices[step] ?? []) {
      const rest = walk(choice.to);
      if (rest) return [choice, ...rest];
    }
    return null;
  };
  return walk(activity.steps[0]);
}
