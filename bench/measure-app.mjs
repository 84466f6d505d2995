// The whole app measured from outside, beside a bare Tauri app of the same
// Tauri version (bench/bare-app), with public tools only: WebDriver
// (tauri-driver in front of WebKitWebDriver) and /proc.
//
// - Launch: from asking WebDriver for a session (which spawns the app) to the
//   first screen's element being displayed: the profile screen's "new profile"
//   tile for Ciberescudo (shown once the progress file is open and the profiles
//   are listed), the one heading for the bare app. Launches alternate
//   (app, bare, bare, app, …) after one untimed warm-up launch of each, so both
//   read their binaries from the page cache and drift hits both alike.
// - Memory: PSS summed over the app's process and every process under it (the
//   WebKit web and network processes), from /proc/<pid>/smaps_rollup: after a
//   new profile opens its first lesson, and after its tenth lesson, opened one
//   after another from the home screen; the bare app's once its page shows.
//   Each reading is taken after the same pause, so both apps have settled alike.
//
// Run under a display (scripts/bench.sh uses xvfb-run):
//   CIBERESCUDO_APP_BINARY=… BARE_APP_BINARY=… node bench/measure-app.mjs
// Prints one line of JSON with every launch and reading, for bench.sh.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { remote } from 'webdriverio';
import { freePort, waitForPort } from '../tests/support/ports.mjs';

const APP = realpathSync(required('CIBERESCUDO_APP_BINARY'));
const BARE = realpathSync(required('BARE_APP_BINARY'));
const LAUNCHES = Number(process.env.BENCH_LAUNCHES ?? 10);
const MEMORY_RUNS = Number(process.env.BENCH_MEMORY_RUNS ?? 3);
const LESSONS = 10;
const SETTLE_MS = 2000;
// A teacher's computer (crates/core/examples/teacher_computer.rs) and its adult PIN.
const TEACHER_DIR = required('TEACHER_DATA_DIR');
const TEACHER_PIN = required('TEACHER_PIN');
const CLASS_VIEWS = Number(process.env.BENCH_CLASS_VIEWS ?? 5);
// The app runs JavaScriptCore without its JIT (src-tauri/src/javascript_engine.rs);
// this environment turns it back on, to measure what that choice costs and saves.
const WITH_JIT = { JSC_useJIT: 'true' };

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name}.`);
  return value;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Parent pid of every process, read from /proc/<pid>/stat. */
function parents() {
  const map = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(entry), ppid);
    } catch {
      // Gone meanwhile.
    }
  }
  return map;
}

function descendants(root) {
  const map = parents();
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    for (const [pid, ppid] of map) if (ppid === found[i]) found.push(pid);
  }
  return found;
}

function exeOf(pid) {
  try {
    return readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, '');
  } catch {
    return null;
  }
}

/** The app's own process: the one running `binary` under this tauri-driver. */
async function appPid(driverPid, binary) {
  for (let i = 0; i < 300; i++) {
    const pid = descendants(driverPid).find((p) => exeOf(p) === binary);
    if (pid) return pid;
    await sleep(50);
  }
  throw new Error(`no process of ${binary} under tauri-driver ${driverPid}`);
}

/** PSS in kB of a process and every process under it, with their names. */
function pss(rootPid) {
  let total = 0;
  const parts = [];
  for (const pid of descendants(rootPid)) {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'latin1');
      const kb = Number(/^Pss:\s+(\d+) kB/m.exec(rollup)[1]);
      const name = readFileSync(`/proc/${pid}/comm`, 'latin1').trim();
      total += kb;
      parts.push({ name, kb });
    } catch {
      // Gone meanwhile.
    }
  }
  return { kb: total, parts };
}

/**
 * Starts `binary` through WebDriver; resolves once `selector` is displayed.
 * `env` adds to its environment; `seed` is a data dir whose files it starts with.
 */
async function launch(binary, selector, { env = {}, seed } = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ciberescudo-bench-'));
  if (seed) cpSync(seed, dataDir, { recursive: true });
  const [port, nativePort] = [await freePort(), await freePort()];
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
    env: { ...process.env, ...env, CIBERESCUDO_DATA_DIR: dataDir, WEBKIT_DISABLE_COMPOSITING_MODE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForPort(port, driver, 'tauri-driver');
  const started = performance.now();
  const startedEpoch = performance.timeOrigin + started;
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: { browserName: 'wry', 'wdio:enforceWebDriverClassic': true, 'tauri:options': { application: binary } },
  });
  await (await browser.$(selector)).waitForDisplayed({ timeout: 30000, interval: 10 });
  const ms = performance.now() - started;
  const pid = await appPid(driver.pid, binary);
  const phases = await pagePhases(browser, startedEpoch, ms);
  return {
    browser,
    ms,
    pid,
    phases,
    async close() {
      await browser.deleteSession().catch(() => {});
      for (let i = 0; i < 200 && exeOf(pid) === binary; i++) await sleep(50);
      if (driver.exitCode === null) {
        driver.kill('SIGTERM');
        await once(driver, 'exit');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Where a launch's time went, from the page's own clock (Navigation Timing
 * shares the epoch with this process's clock), in ms since the launch began:
 * until the page began to load (process, GTK, WebKit, the shell's setup), until
 * the page's scripts had run (DOMContentLoaded), and in all (the rest is the
 * first screen's commands and drawing). (WebKitGTK's Resource Timing leaves out
 * the app's own tauri:// and ipc:// requests, so the IPC calls cannot be timed
 * this way; README, "How fast", times them with `invoke` in the page.)
 */
async function pagePhases(browser, startedEpoch, total) {
  const page = await browser.execute(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      origin: performance.timeOrigin,
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
    };
  });
  const offset = page.origin - startedEpoch;
  const round = (x) => Math.round(x * 10) / 10;
  return {
    toNavigation: round(offset),
    toScripts: page.domContentLoaded === null ? null : round(offset + page.domContentLoaded),
    total: round(total),
  };
}

const FIRST_SCREEN = { app: '[data-testid="new-profile"]', bare: '[data-testid="bare-ready"]' };
const BINARY = { app: APP, bare: BARE };

const phases = { app: [], bare: [] };

async function timedLaunch(which) {
  const run = await launch(BINARY[which], FIRST_SCREEN[which]);
  await run.close();
  phases[which].push(run.phases);
  return run.ms;
}

async function click(browser, selector) {
  const el = await browser.$(selector);
  await el.waitForClickable({ timeout: 15000 });
  await el.click();
}

/** PSS of the app with a lesson open: after the first and after the tenth. */
async function appMemory(env = {}) {
  const run = await launch(APP, FIRST_SCREEN.app, { env });
  const { browser } = run;
  await click(browser, '[data-testid="new-profile"]');
  await (await browser.$('[data-testid="nickname-input"]')).setValue('Bench');
  await click(browser, '[data-testid="avatar-0"]');
  await click(browser, '[data-testid="band-8-11"]');
  await click(browser, '[data-testid="locale-es-MX"]');
  await click(browser, '[data-testid="create-profile-submit"]');
  await (await browser.$('[data-testid^="lesson-card-"]')).waitForDisplayed({ timeout: 15000 });
  const ids = [];
  // The profile's own band's lessons (the other bands' sit folded further down).
  for (const card of await browser.$$('[data-testid^="lesson-card-"]')) ids.push(await card.getAttribute('data-testid'));
  ids.splice(0, ids.length, ...ids.filter((id) => id.endsWith('-8-11')));
  if (ids.length < LESSONS) throw new Error(`the home screen shows ${ids.length} lessons for 8-11, fewer than ${LESSONS}`);
  const readings = {};
  for (let i = 0; i < LESSONS; i++) {
    if (i > 0) {
      await click(browser, '[data-testid="reader-home"]');
      await (await browser.$(`[data-testid="${ids[i]}"]`)).waitForDisplayed({ timeout: 15000 });
    }
    await click(browser, `[data-testid="${ids[i]}"]`);
    await (await browser.$('[data-testid="lesson-title"]')).waitForDisplayed({ timeout: 15000 });
    if (i === 0 || i === LESSONS - 1) {
      await sleep(SETTLE_MS);
      readings[i === 0 ? 'first' : 'tenth'] = pss(run.pid);
    }
  }
  await run.close();
  return readings;
}

/**
 * On the teacher's computer: ms from pressing a class's "open" button in the
 * adult area until its table (45 learners × their band's lessons) is in the
 * page and painted, by the page's own clock: the button is pressed from a
 * script, which notes when the table is added and the second animation frame
 * after that (the first frame after it has been laid out and painted).
 * Timed inside the page because WebDriver's own "is it displayed" check is a
 * script that walks the page too, and would time itself along with the app.
 */
async function classView(env = {}) {
  const run = await launch(APP, '[data-testid="adult-link"]', { env, seed: TEACHER_DIR });
  const { browser } = run;
  await click(browser, '[data-testid="adult-link"]');
  await (await browser.$('[data-testid="pin-input"]')).setValue(TEACHER_PIN);
  await click(browser, '[data-testid="pin-submit"]');
  const item = await browser.$('li[data-class-id]');
  await item.waitForDisplayed({ timeout: 15000 });
  const id = await item.getAttribute('data-class-id');
  await (await browser.$(`[data-testid="class-open-${id}"]`)).waitForClickable({ timeout: 15000 });
  const timing = await browser.executeAsync((id, done) => {
    const started = performance.now();
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="class-matrix"]')) return;
      observer.disconnect();
      const inPage = performance.now() - started;
      const cells = document.querySelectorAll('[data-testid^="class-cell-"]').length;
      requestAnimationFrame(() => requestAnimationFrame(() => done({ inPage, painted: performance.now() - started, cells })));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    document.querySelector(`[data-testid="class-open-${id}"]`).click();
  }, id);
  await run.close();
  if (timing.cells < 45 * 10) throw new Error(`the class view shows ${timing.cells} cells, not 45 learners × their band's lessons`);
  return { ms: timing.painted, inPage: timing.inPage, cells: timing.cells };
}

async function bareMemory() {
  const run = await launch(BARE, FIRST_SCREEN.bare);
  await sleep(SETTLE_MS);
  const reading = pss(run.pid);
  await run.close();
  return reading;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const launches = { app: [], bare: [] };
// Warm-up: one untimed launch of each (not counted in `phases` either).
for (const which of ['app', 'bare']) await (await launch(BINARY[which], FIRST_SCREEN[which])).close();
for (let i = 0; i < LAUNCHES; i++) {
  const order = i % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
  for (const which of order) launches[which].push(await timedLaunch(which));
}

const memory = { first: [], tenth: [], bare: [] };
let parts = null;
for (let i = 0; i < MEMORY_RUNS; i++) {
  const app = await appMemory();
  memory.first.push(app.first.kb);
  memory.tenth.push(app.tenth.kb);
  parts = { app: app.tenth.parts };
  const bare = await bareMemory();
  memory.bare.push(bare.kb);
  parts.bare = bare.parts;
}

// What running without the JIT costs and saves: the same readings with it on.
const withJit = { tenth: [] };
for (let i = 0; i < MEMORY_RUNS; i++) withJit.tenth.push((await appMemory(WITH_JIT)).tenth.kb);
const classViews = { app: [], withJit: [] };
for (let i = 0; i < CLASS_VIEWS; i++) {
  classViews.app.push(await classView());
  classViews.withJit.push(await classView(WITH_JIT));
}
const classCells = classViews.app[0]?.cells ?? 0;
for (const key of Object.keys(classViews)) classViews[key] = classViews[key].map((view) => view.ms);
{
}

console.log(
  JSON.stringify({
    launches,
    launchMedianMs: { app: median(launches.app), bare: median(launches.bare) },
    memoryKb: memory,
    memoryMedianKb: { first: median(memory.first), tenth: median(memory.tenth), bare: median(memory.bare) },
    lastParts: parts,
    phases,
    withJit: { memoryMedianKb: median(withJit.tenth), memoryKb: withJit.tenth },
    classViewMs: classViews,
    classCells,
    classViewMedianMs: { app: median(classViews.app), withJit: median(classViews.withJit) },
  }),
);
