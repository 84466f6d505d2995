// The organizers' dashboard in a real browser: the real collector binary on
// loopback, reports sent to its API, and headless Chromium (Debian's
// chromium + chromium-driver) signing in, reading figures, switching
// language, filtering and signing out, with the keyboard and clicks only.
//
// Builds nothing: the binary comes from CIBERESCUDO_COLLECTOR_BINARY
// (default $CARGO_TARGET_DIR/debug/ciberescudo-collector).

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { remote } from 'webdriverio';
import { collectorCli, serveCollector } from '../support/collector-process.mjs';
import { freePort, waitForPort } from '../support/ports.mjs';

const targetDir = process.env.CARGO_TARGET_DIR ?? path.resolve(import.meta.dirname, '../../target');
const BINARY = process.env.CIBERESCUDO_COLLECTOR_BINARY ?? path.join(targetDir, 'debug', 'ciberescudo-collector');
const CHROMIUM = process.env.CHROMIUM_BINARY ?? '/usr/bin/chromium';
const CHROMEDRIVER = process.env.CHROMEDRIVER_BINARY ?? '/usr/bin/chromedriver';
const TIMEOUT = { timeout: 180_000 };

const USERNAME = 'ana.organiza';
const PASSWORD = 'una contraseña bastante larga';
const THRESHOLD = 10;

// ---------------------------------------------------------------- the collector

const cli = (args, stdin) => collectorCli(BINARY, args, stdin);
const startServer = (config) => serveCollector(BINARY, config);

/** The ISO week (YYYY-Www) of a date, as the collector and the app write it. */
function isoWeek(date) {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((day - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const isoDate = (date) => date.toISOString().slice(0, 10);
const daysFrom = (date, days) => new Date(date.getTime() + days * 86_400_000);

function report(code, { week, band, state, completed }) {
  return {
    format: 1,
    campaign: code,
    week,
    band,
    ...(state ? { state } : {}),
    key: randomBytes(16).toString('hex'),
    lessons: [{ lesson: 'passwords-8-11', completed, quiz_attempts: completed, quiz_passed: completed, activities_done: 1 }],
    questions: [{ lesson: 'passwords-8-11', question: 'long-beats-complex', answered: completed, first_try_right: completed }],
  };
}

async function send(server, body) {
  const response = await fetch(`${server.url}/v1/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(response.status, 201, `report refused: ${response.status} ${await response.text()}`);
}

/** What the dashboard must show of a true count (see crates/collector/src/suppress.rs). */
function published(value) {
  return value < THRESHOLD ? `<${THRESHOLD}` : String(Math.floor((value + 5) / 10) * 10);
}

// ---------------------------------------------------------------- the browser

async function startBrowser(profileDir) {
  const port = await freePort();
  const driver = spawn(CHROMEDRIVER, [`--port=${port}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  await waitForPort(port, driver, 'chromedriver');
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'chrome',
      'wdio:enforceWebDriverClassic': true,
      'goog:chromeOptions': {
        binary: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--lang=es-MX',
          `--user-data-dir=${profileDir}`,
        ],
        // What a browser set to Mexican Spanish asks for (Accept-Language).
        prefs: { 'intl.accept_languages': 'es-MX,es' },
      },
    },
  });
  return {
    browser,
    async close() {
      await browser.deleteSession().catch(() => {});
      if (driver.exitCode === null) {
        driver.kill('SIGTERM');
        await once(driver, 'exit');
      }
    },
  };
}

async function byTestId(browser, id, timeout = 15_000) {
  const el = await browser.$(`[data-testid="${id}"]`);
  await el.waitForDisplayed({ timeout });
  return el;
}

/** The first figure (lessons completed) of a table row. */
async function firstFigure(browser, rowId) {
  const row = await byTestId(browser, rowId);
  return (await row.$('td.num')).getText();
}

async function waitForText(browser, selector, expected) {
  await browser.waitUntil(async () => (await (await browser.$(selector)).getText()) === expected, {
    timeout: 15_000,
    timeoutMsg: `${selector} never said "${expected}"`,
  });
}

// ---------------------------------------------------------------- the test

test('an organizer signs in, reads suppressed figures, switches language, filters and signs out', TIMEOUT, async (t) => {
  assert.ok(existsSync(BINARY), `no collector binary at ${BINARY}: build it first (cargo build -p ciberescudo-collector)`);
  const dir = mkdtempSync(path.join(tmpdir(), 'ciberescudo-collector-e2e-'));
  // Undone in reverse order: the browser, then the server, then the folder.
  const cleanups = [() => rmSync(dir, { recursive: true, force: true })];
  t.after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });
  const config = path.join(dir, 'collector.toml');
  writeFileSync(
    config,
    [
      'listen = "127.0.0.1:0"',
      `database = ${JSON.stringify(path.join(dir, 'collector.sqlite3'))}`,
      '[rate_limit]',
      'per_second = 1000',
      'burst = 1000',
      '',
    ].join('\n'),
  );

  cli(['account', 'add', USERNAME, '--config', config], `${PASSWORD}\n`);
  const today = new Date();
  const name = 'Primarias de Puebla, prueba';
  const output = cli([
    'campaign', 'create', '--config', config, '--name', name,
    '--starts', isoDate(daysFrom(today, -21)), '--ends', isoDate(daysFrom(today, 14)),
  ]);
  const code = /[2-9A-HJKMNP-TW-Y]{4}-[2-9A-HJKMNP-TW-Y]{4}/.exec(output)?.[0];
  assert.ok(code, `no campaign code in: ${output}`);

  const server = await startServer(config);
  cleanups.push(() => server.stop());

  // Three groups (week × age × state): two big enough to count, one small.
  const thisWeek = isoWeek(today);
  const lastWeek = isoWeek(daysFrom(today, -7));
  const sent = [
    ...[7, 8, 6].map((completed) => ({ week: lastWeek, band: '8-11', state: '09', completed })),
    ...[9, 8].map((completed) => ({ week: thisWeek, band: '12-14', state: '21', completed })),
    { week: thisWeek, band: 'adults', state: '05', completed: 4 },
  ];
  for (const r of sent) await send(server, report(code, r));
  const sum = (rows) => rows.reduce((total, r) => total + r.completed, 0);
  const kids = sum(sent.filter((r) => r.band === '8-11')); // 21
  const teens = sum(sent.filter((r) => r.band === '12-14')); // 17
  // The adults of Coahuila (4 < 10 lessons completed) count in no figure.
  const expectedTotal = published(kids + teens);

  const { browser, close } = await startBrowser(path.join(dir, 'chromium-profile'));
  cleanups.push(close);

  // Sign in with the keyboard: type the name, Tab, the password, Enter.
  await browser.url(`${server.url}/`);
  await browser.waitUntil(async () => (await browser.getUrl()).endsWith('/login'), { timeoutMsg: '/ did not lead to /login' });
  assert.equal(await (await browser.$('html')).getAttribute('lang'), 'es-MX');
  assert.equal(await (await browser.$('h1')).getText(), 'Iniciar sesión');
  await (await browser.$('#username')).click();
  await browser.keys(USERNAME.split(''));
  await browser.keys('Tab');
  await browser.keys(PASSWORD.split(''));
  await browser.keys('Enter');
  await browser.waitUntil(async () => (await browser.getUrl()).endsWith('/campaigns'), {
    timeout: 15_000,
    timeoutMsg: 'signing in did not lead to /campaigns',
  });

  // The campaign, from the list.
  const table = await byTestId(browser, 'campaigns');
  assert.ok((await table.getText()).includes(code));
  await (await browser.$(`a[href="/campaigns/${code}"]`)).click();
  await byTestId(browser, 'total-completed');
  assert.equal(await (await byTestId(browser, 'campaign-code')).getText(), code);

  // The figures, after suppression and rounding.
  assert.equal(await (await byTestId(browser, 'total-completed')).getText(), expectedTotal);
  assert.equal(await firstFigure(browser, 'band-8-11'), published(kids));
  assert.equal(await firstFigure(browser, 'band-12-14'), published(teens));
  assert.equal(await firstFigure(browser, 'band-adults'), '<10');
  assert.equal(await firstFigure(browser, 'state-09'), published(kids));
  assert.equal(await firstFigure(browser, 'state-05'), '<10');
  assert.equal(await firstFigure(browser, `week-${lastWeek}`), published(kids));
  assert.ok((await (await byTestId(browser, 'suppression-note')).getText()).includes('«<10»'));
  // The chart's accessible name (its <title>, not shown as text).
  assert.equal(await (await browser.$('[data-testid="weeks-chart"] title')).getProperty('textContent'), 'Lecciones completadas por semana');

  // English, from the link every page has.
  await (await byTestId(browser, 'switch-language')).click();
  await browser.waitUntil(async () => (await (await browser.$('html')).getAttribute('lang')) === 'en', {
    timeoutMsg: 'the page did not switch to English',
  });
  assert.equal(await (await browser.$('#weeks-title')).getText(), 'Lessons completed by week');
  assert.equal(await (await browser.$('#bands-title')).getText(), 'By age');
  assert.equal(await (await byTestId(browser, 'total-completed')).getText(), expectedTotal);

  // Filter to ages 8 to 11: the total changes.
  const band = await browser.$('#filter-band');
  await band.selectByAttribute('value', '8-11');
  await (await byTestId(browser, 'apply-filters')).click();
  await browser.waitUntil(async () => (await browser.getUrl()).includes('band=8-11'), { timeoutMsg: 'the filter was not applied' });
  await waitForText(browser, '[data-testid="total-completed"]', published(kids));
  assert.notEqual(published(kids), expectedTotal);
  assert.equal(await (await browser.$('#filter-band')).getValue(), '8-11');
  assert.equal(await (await browser.$('#weeks-title')).getText(), 'Lessons completed by week', 'still English');

  // Sign out: back to the sign-in page, and the pages are closed again.
  await (await byTestId(browser, 'logout')).click();
  await browser.waitUntil(async () => (await browser.getUrl()).includes('/login'), { timeoutMsg: 'signing out did not lead to /login' });
  assert.equal(await (await browser.$('h1')).getText(), 'Sign in');
  assert.ok((await (await browser.$('[role="status"]')).getText()).includes('You have signed out.'));
  await browser.url(`${server.url}/campaigns/${code}`);
  await browser.waitUntil(async () => (await browser.getUrl()).endsWith('/login'), { timeoutMsg: 'the dashboard opened without a session' });
});
