// Nothing typed into the app ever reaches its logs.
//
// support.mjs's launch() makes every session record what is typed into the app,
// whichever test or helper types it: WebdriverIO's setValue and addValue pass
// through recordTyped() below, and keys through recordKeys(), which puts a word
// typed one key at a time back together (nicknames, PINs, passphrases, class
// names, roster nicknames, addresses and codes alike). Each app's close() then calls
// assertLogsHoldNothingTyped(), which reads every log file of that app's data dir
// and fails the test if one holds any string typed so far in this test file (a
// string typed into one app must not show up in another's logs either, e.g. a
// roster nickname on a lab computer). Typing by other means (a raw
// performActions) escapes the record: tests type through those three commands.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Key } from 'webdriverio';

/** Where the app logs when CIBERESCUDO_DATA_DIR is set (src-tauri/src/paths.rs). */
export function logDir(dataDir) {
  return path.join(dataDir, 'logs');
}

/** Everything typed so far in this test file (node --test runs each file in a process of its own). */
const typed = new Set();

/**
 * Strings shorter than this are not checked: one or two characters (a single
 * key, "5") turn up in any log line by chance and name nobody.
 */
const SHORTEST_CHECKED = 3;

/** keys('Tab'), keys(['Shift', 'Tab']): key names, not text. */
const KEY_NAMES = new Set(Object.keys(Key));

/**
 * Records text typed into the app, as given to setValue, addValue or keys: a
 * string or an array of strings. WebDriver's special keys (Enter, Tab…, in
 * Unicode's private use area) and line breaks separate what was typed, so
 * `Luna${Key.Enter}Sol` records "Luna" and "Sol".
 */
export function recordTyped(value) {
  const parts = Array.isArray(value) ? value : [value];
  const text = parts.map((part) => (KEY_NAMES.has(part) ? '\n' : String(part))).join('');
  for (const piece of text.split(/[\uE000-\uF8FF\r\n\t]+/u)) {
    const trimmed = piece.trim();
    if ([...trimmed].length >= SHORTEST_CHECKED) typed.add(trimmed);
  }
}

/**
 * Characters typed through keys() since the last special key or click: the
 * keyboard tests type a word one keys() call per character, as a keyboard does.
 */
let keystrokes = '';

/** Records keys(value): text is gathered across calls until a special key (Tab, Enter…) ends the word. */
export function recordKeys(value) {
  for (const part of Array.isArray(value) ? value : [value]) {
    if (KEY_NAMES.has(part)) {
      endOfWord();
      continue;
    }
    for (const character of String(part)) {
      if (/[\uE000-\uF8FF\r\n\t]/u.test(character)) endOfWord();
      else keystrokes += character;
    }
  }
}

/** Ends a word typed key by key (a click elsewhere, the app closing) and records it. */
export function endOfWord() {
  recordTyped(keystrokes);
  keystrokes = '';
}

/** Whether `text` was recorded as typed (so a helper can check the recording works). */
export function wasTyped(text) {
  return typed.has(text.trim());
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How a typed string is looked for in a log line, always ignoring case. The rule
 * keeps a short string from matching ordinary log text by chance:
 *  - as a token of its own: not directly after or before a letter, a digit or
 *    `_`, so "Sol" is not found in "console" nor "password" (typed as an example
 *    of a weak one) in the lesson id "passwords-8-11", while `nickname=Sol`,
 *    `"Sol"` and `Sol,` are found;
 *  - digits only (a PIN, a year): not touching `.`, `:`, `-`, `/` or `+` either,
 *    the separators of the timestamp on every line, of versions and of paths,
 *    so PIN 2718 is found in `pin=2718` or `pin: "2718"` but not in the
 *    timestamp `2026-12-01T10:27:18.271834Z`.
 */
function leakPattern(text) {
  const body = escapeRegExp(text);
  if (/^\d+$/.test(text)) return new RegExp(`(?<![\\p{L}\\p{N}_.:/+-])${body}(?![\\p{L}\\p{N}_:/+-]|\\.\\d)`, 'iu');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'iu');
}

/**
 * Reads every log file of the app that ran on `dataDir` (closed first, so what it
 * wrote is all there) and throws if none has a line in it, since then this check
 * could find nothing, or if a line holds a string typed in this test file.
 */
export function assertLogsHoldNothingTyped(dataDir) {
  endOfWord();
  const dir = logDir(dataDir);
  const files = existsSync(dir)
    ? readdirSync(dir)
        .map((name) => path.join(dir, name))
        .filter((file) => statSync(file).isFile())
    : [];
  if (!files.some((file) => statSync(file).size > 0)) {
    throw new Error(`The app wrote no log in ${dir}, so nothing typed can be looked for there.`);
  }
  const patterns = [...typed].map((text) => [text, leakPattern(text)]);
  for (const file of files) {
    for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
      for (const [text, pattern] of patterns) {
        if (pattern.test(line)) {
          throw new Error(`${file}:${i + 1} holds "${text}", which a test typed into the app; logs never hold anything typed:\n${line}`);
        }
      }
    }
  }
}
