// Launches the real Ciberescudo binary under tauri-driver (WebKitWebDriver)
// and gives tests a WebdriverIO session plus small helpers keyed by the
// UI's data-testid attributes.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseToml } from 'smol-toml';
import { remote } from 'webdriverio';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');

const APP = process.env.CIBERESCUDO_APP_BINARY;
if (!APP) throw new Error('Set CIBERESCUDO_APP_BINARY to the built app (scripts/test.sh does).');

export function tempDataDir() {
  return mkdtempSync(path.join(tmpdir(), 'ciberescudo-e2e-'));
}

async function freePort() {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

async function waitForPort(port, child, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`tauri-driver exited with ${child.exitCode}`);
    const ok = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.end(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tauri-driver did not listen on ${port}`);
}

/** Starts the app with its own data dir. Returns { browser, close }. */
export async function launch(dataDir) {
  const [port, nativePort] = [await freePort(), await freePort()];
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
    // The app inherits this environment through WebKitWebDriver.
    env: { ...process.env, CIBERESCUDO_DATA_DIR: dataDir, WEBKIT_DISABLE_COMPOSITING_MODE: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForPort(port, driver);
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

/** The element with a data-testid, waited for until displayed. */
export async function byTestId(browser, id, timeout = 15000) {
  const el = await browser.$(`[data-testid="${id}"]`);
  await el.waitForDisplayed({ timeout });
  return el;
}

/** The element with a data-testid, whether or not it is visible (custom-styled inputs). */
export async function existingByTestId(browser, id, timeout = 15000) {
  const el = await browser.$(`[data-testid="${id}"]`);
  await el.waitForExist({ timeout });
  return el;
}

/** Clicks a control; falls back to a DOM click for visually hidden inputs. */
export async function press(browser, el) {
  await el.scrollIntoView({ block: 'center' }).catch(() => {});
  try {
    await el.click();
  } catch {
    await browser.execute((node) => node.click(), el);
  }
}

export async function pressTestId(browser, id) {
  await press(browser, await existingByTestId(browser, id));
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
  await press(browser, await profileTile(browser, nickname));
}

async function profileTile(browser, nickname) {
  for (const tile of await browser.$$('[data-testid^="profile-"]')) {
    if ((await tile.getText()).includes(nickname)) return tile;
  }
  return null;
}

/** A lesson as written in content/: structure and both languages. */
export function readLesson(id) {
  const dir = path.join(repo, 'content', 'lessons', id);
  const read = (name) => parseToml(readFileSync(path.join(dir, name), 'utf8'));
  return { structure: read('lesson.toml'), es: read('es-MX.toml'), en: read('en.toml') };
}
