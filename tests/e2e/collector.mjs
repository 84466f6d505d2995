// The real campaign collector for the app's end-to-end tests: its binary on
// loopback with a database of its own, a campaign and an organizer account
// made through its command line, reports sent to its API, and the organizers'
// CSV read through a real login (cookies, CSRF token) with plain HTTP.
//
// The binary comes from CIBERESCUDO_COLLECTOR_BINARY (scripts/test.sh sets it).

import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectorCli, serveCollector } from '../support/collector-process.mjs';

const BINARY = process.env.CIBERESCUDO_COLLECTOR_BINARY;

const USERNAME = 'organiza.campana';
const PASSWORD = 'una contraseña de prueba bastante larga';

/** The ISO week (YYYY-Www) of a local calendar day, as the app counts it. */
export function isoWeekOfLocalDay(date) {
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((day - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Wednesday of last week, at noon, on this computer's clock. */
export function lastWednesdayNoon(now = new Date()) {
  const sinceMonday = (now.getDay() + 6) % 7;
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - sinceMonday - 5, 12, 0, 0);
}

const isoDate = (date) => date.toISOString().slice(0, 10);

/**
 * Starts a collector with a campaign running from a month ago to a month ahead.
 * Resolves to { url, code, send(report), csv(table), stop() }.
 */
export async function startCollector() {
  if (!BINARY) throw new Error('Set CIBERESCUDO_COLLECTOR_BINARY to the built collector (scripts/test.sh does).');
  const dir = mkdtempSync(path.join(tmpdir(), 'ciberescudo-e2e-collector-'));
  const config = path.join(dir, 'collector.toml');
  writeFileSync(
    config,
    `listen = "127.0.0.1:0"\ndatabase = ${JSON.stringify(path.join(dir, 'collector.sqlite3'))}\n` +
      '[rate_limit]\nper_second = 1000000\nburst = 1000000\n',
  );
  const cli = (args, input = '') => collectorCli(BINARY, [...args, '--config', config], input).trim();
  const today = new Date();
  const code = cli([
    'campaign', 'create', '--name', 'Campaña escolar de prueba',
    '--starts', isoDate(new Date(today - 30 * 86_400_000)), '--ends', isoDate(new Date(today.getTime() + 30 * 86_400_000)),
  ]);
  cli(['account', 'add', USERNAME], `${PASSWORD}\n`);

  const server = await serveCollector(BINARY, config);
  const { url } = server;

  return {
    url,
    code,
    /** Posts a report; resolves to the HTTP status. */
    async send(report) {
      const response = await fetch(`${url}/v1/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ format: 1, campaign: code, key: randomBytes(16).toString('hex'), ...report }),
      });
      return response.status;
    },
    /** One of the organizers' CSV tables, as rows of cells, read after logging in. */
    async csv(table) {
      const jar = new Map();
      const keep = (response) => {
        for (const cookie of response.headers.getSetCookie()) {
          const [pair] = cookie.split(';');
          const at = pair.indexOf('=');
          jar.set(pair.slice(0, at), pair.slice(at + 1));
        }
      };
      const cookies = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
      const form = await fetch(`${url}/login`, { redirect: 'manual' });
      keep(form);
      const token = /name="csrf" value="([^"]+)"/.exec(await form.text())?.[1];
      if (!token) throw new Error('the login form has no CSRF token');
      const login = await fetch(`${url}/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies() },
        body: new URLSearchParams({ username: USERNAME, password: PASSWORD, csrf: token }),
      });
      keep(login);
      if (login.status !== 303 && login.status !== 302) throw new Error(`login answered ${login.status}`);
      const file = await fetch(`${url}/campaigns/${code}/${table}.csv`, { headers: { cookie: cookies() } });
      if (file.status !== 200) throw new Error(`${table}.csv answered ${file.status}`);
      const text = (await file.text()).replace(/^\uFEFF/, '');
      return text.trim().split('\r\n').map((line) => line.split(','));
    },
    stop: server.stop,
  };
}
