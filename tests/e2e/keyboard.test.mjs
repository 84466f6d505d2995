// The learner's path and the teacher's path by keyboard alone, in the real app:
// WebDriver key presses only (Tab, Shift+Tab, Enter, Space, the arrow keys, and
// the characters of what is typed), never a click on an element. Every control
// reached with Tab must show where the focus is (an outline or a box-shadow).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byTestId, launch, readLesson, tempDataDir, waitForAttribute } from './support.mjs';

const TIMEOUT = { timeout: 300_000 };
const KEY = {
  tab: '\uE004',
  enter: '\uE007',
  shift: '\uE008',
  space: '\uE00D',
  left: '\uE012',
  up: '\uE013',
  right: '\uE014',
  down: '\uE015',
};
/** How many Tab presses may lie between two controls before a test gives up. */
const MAX_TABS = 80;
const PIN = '3141';
const LESSON = 'passwords-8-11';

/** What has the focus, in words for a failure message. */
async function focused(browser) {
  return browser.execute(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { testid: null, text: 'the page itself (nothing focused)' };
    const testid = el.getAttribute('data-testid');
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return {
      testid,
      text: `<${el.tagName.toLowerCase()}${testid ? ` data-testid="${testid}"` : ''}${el.id ? ` id="${el.id}"` : ''}> "${label}"`,
    };
  });
}

/**
 * Whether the focused element shows its focus: a visible outline on it, or on the
 * label around it (a radio or checkbox inside a `.choice` label shows the ring on
 * the whole label), or a box-shadow on it while it matches :focus-visible. A
 * label's box-shadow does not count: a checked choice has one without focus.
 */
async function focusShows(browser) {
  return browser.execute(() => {
    const outlined = (el) => {
      const style = getComputedStyle(el);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    };
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const label = el.closest('label');
    const shadow = getComputedStyle(el).boxShadow;
    return outlined(el) || (label !== null && outlined(label)) || (el.matches(':focus-visible') && shadow !== 'none' && shadow !== '');
  });
}

async function press(browser, ...keys) {
  await browser.keys(keys);
}

/** Types text one character at a time, as a keyboard does. */
async function type(browser, text) {
  for (const ch of text) await browser.keys(ch);
}

/**
 * Presses Tab (or Shift+Tab) until the element with this data-testid has the focus,
 * at most MAX_TABS times, then checks the focus can be seen. Fails naming the
 * element and where the focus was when it gave up.
 */
async function tabTo(browser, testid, { back = false } = {}) {
  // The element may still be on its way (a screen loading).
  await browser.$(`[data-testid="${testid}"]`).waitForExist({
    timeout: 15000,
    timeoutMsg: `"${testid}" never appeared, so it cannot be reached with the keyboard`,
  });
  let at = await focused(browser);
  const path = [];
  for (let presses = 0; at.testid !== testid; presses += 1) {
    if (presses === MAX_TABS) {
      throw new Error(
        `"${testid}" was not reached with ${MAX_TABS} presses of ${back ? 'Shift+Tab' : 'Tab'}; ` +
          `the focus got stuck at ${at.text}.\nLast stops: ${path.slice(-8).join(' → ')}`,
      );
    }
    if (back) await press(browser, KEY.shift, KEY.tab);
    else await press(browser, KEY.tab);
    at = await focused(browser);
    path.push(at.text);
  }
  assert.ok(await focusShows(browser), `"${testid}" has the focus but shows no outline or box-shadow`);
}

/** Tab to a control and press Enter on it. */
async function activate(browser, testid, options) {
  await tabTo(browser, testid, options);
  await press(browser, KEY.enter);
}

/**
 * In a radio group that has the focus, moves with the arrow keys until the radio with
 * this data-testid is focused and checked (Space checks the first one, where arrows
 * would move away).
 */
async function arrowTo(browser, testid) {
  for (let presses = 0; ; presses += 1) {
    const at = await focused(browser);
    if (at.testid === testid) break;
    if (presses === 12) throw new Error(`the arrow keys never reached "${testid}"; the focus is at ${at.text}`);
    await press(browser, KEY.down);
  }
  const radio = await browser.$(`[data-testid="${testid}"]`);
  if (!(await radio.isSelected())) await press(browser, KEY.space);
  assert.equal(await radio.isSelected(), true, `"${testid}" is not checked`);
  assert.ok(await focusShows(browser), `"${testid}" has the focus but shows no outline or box-shadow`);
}

/** The data-testids of the quiz's options, in the order they are shown. */
async function optionOrder(browser) {
  return browser.execute(() =>
    [...document.querySelectorAll('[data-testid^="option-"]')].map((el) => el.getAttribute('data-testid')),
  );
}

test('a learner makes a profile, reads a lesson, does its activity and takes its quiz by keyboard alone', TIMEOUT, async () => {
  const lesson = readLesson(LESSON);
  const { sections, questions } = lesson.structure;
  const activity = lesson.structure.activities[0];
  const app = await launch(tempDataDir());
  const { browser } = app;
  try {
    // A new profile: nickname, avatar (arrows), age band (Space), language, create.
    await byTestId(browser, 'new-profile');
    await activate(browser, 'new-profile');
    await tabTo(browser, 'nickname-input');
    await type(browser, 'Ocelote');
    await tabTo(browser, 'avatar-0');
    await arrowTo(browser, 'avatar-2');
    await tabTo(browser, 'band-8-11');
    await arrowTo(browser, 'band-8-11');
    await tabTo(browser, 'locale-es-MX');
    await activate(browser, 'create-profile-submit');

    // Home: the lesson, section by section.
    await byTestId(browser, `lesson-card-${LESSON}`);
    await activate(browser, `lesson-card-${LESSON}`);
    await waitForAttribute(browser, 'section-title', 'data-section-id', sections[0]);
    // The helper fails, and says where, when a control cannot be reached: a section's
    // heading takes the focus from the app (tabindex -1) but is no Tab stop.
    await assert.rejects(tabTo(browser, 'section-title'), /"section-title" was not reached with \d+ presses of Tab; the focus got stuck at </);
    for (const id of sections.slice(1)) {
      await activate(browser, 'section-next');
      await waitForAttribute(browser, 'section-title', 'data-section-id', id);
      if (id === activity.after) {
        // Its activity: the passphrase lab, typed, judged, done, and back to the same section.
        await activate(browser, `activity-${activity.id}`);
        await byTestId(browser, 'activity-title');
        await tabTo(browser, 'passphrase-input');
        await type(browser, 'tortuga mango lluvia guitarra');
        await browser.waitUntil(
          async () => Number(await (await byTestId(browser, 'passphrase-meter')).getAttribute('data-score')) >= 3,
          { timeout: 10000, timeoutMsg: 'four random words typed by keyboard should score high' },
        );
        await activate(browser, 'passphrase-done');
        await byTestId(browser, 'passphrase-finished');
        await activate(browser, 'activity-back');
        await waitForAttribute(browser, 'section-title', 'data-section-id', id);
        const back = await focused(browser);
        assert.equal(back.testid, `activity-${activity.id}`, `back from the activity, the focus returns to its button, not ${back.text}`);
      }
    }

    // The quiz: each question answered with arrows or Space, checked with Enter.
    await activate(browser, 'start-quiz');
    for (const [i, q] of questions.entries()) {
      await waitForAttribute(browser, 'question-prompt', 'data-question-id', q.id);
      const order = await optionOrder(browser);
      if (q.kind === 'multiple') {
        // Forward through the options as shown, ticking the right ones.
        for (const option of order.map((id) => id.slice('option-'.length)).filter((o) => q.answer.includes(o))) {
          await tabTo(browser, `option-${option}`);
          await press(browser, KEY.space);
          assert.equal(await (await browser.$(`[data-testid="option-${option}"]`)).isSelected(), true);
        }
      } else {
        await tabTo(browser, order[0]);
        await arrowTo(browser, `option-${q.answer[0]}`);
      }
      await activate(browser, 'check-answer');
      await waitForAttribute(browser, 'feedback', 'data-correct', 'true');
      // The answer is checked: the focus is on the way on.
      const next = i === questions.length - 1 ? 'see-results' : 'next-question';
      await tabTo(browser, next);
      await press(browser, KEY.enter);
    }
    await waitForAttribute(browser, 'result-score', 'data-score', String(questions.length));
    await activate(browser, 'back-home');
    await waitForAttribute(browser, `lesson-status-${LESSON}`, 'data-state', 'done');
  } finally {
    await app.close();
  }
});

test('a teacher opens the adult area, makes a class with a roster, and opens its report and a lesson plan by keyboard alone', TIMEOUT, async () => {
  const app = await launch(tempDataDir());
  const { browser } = app;
  try {
    await byTestId(browser, 'adult-link');
    await activate(browser, 'adult-link');

    // The PIN, typed twice.
    await waitForAttribute(browser, 'pin-form', 'data-mode', 'create');
    await tabTo(browser, 'pin-input');
    await type(browser, PIN);
    await tabTo(browser, 'pin-repeat-input');
    await type(browser, PIN);
    await activate(browser, 'pin-submit');
    await byTestId(browser, 'adult-area-title');

    // A class: its name and school year, created; the focus moves to its button.
    await tabTo(browser, 'class-new-name');
    await type(browser, '4° A');
    await tabTo(browser, 'class-new-year');
    await type(browser, '2026-2027');
    await activate(browser, 'class-new-submit');
    await byTestId(browser, 'class-created');
    const classId = await (await browser.$('li[data-class-id]')).getAttribute('data-class-id');
    await activate(browser, `class-open-${classId}`);
    await byTestId(browser, 'class-title');

    // Its roster: two nicknames on two lines, their age band, added.
    await tabTo(browser, 'roster-input');
    await type(browser, 'Luna');
    await press(browser, KEY.enter);
    await type(browser, 'Sol');
    await tabTo(browser, 'roster-band-8-11');
    await arrowTo(browser, 'roster-band-8-11');
    await activate(browser, 'roster-submit');
    await waitForAttribute(browser, 'roster-result', 'data-added', '2');

    // The class report, and back to its button.
    await activate(browser, 'class-report-open');
    await byTestId(browser, 'report-title');
    await activate(browser, 'report-back');
    await byTestId(browser, 'class-title');
    assert.equal((await focused(browser)).testid, 'class-report-open', 'back from the report, the focus returns to its button');

    // The lesson plans, just before it (Shift+Tab), one plan, and back twice.
    await activate(browser, 'class-plans-open', { back: true });
    await byTestId(browser, 'plans-title');
    await activate(browser, `plan-open-${LESSON}`);
    await byTestId(browser, 'plan-title');
    await activate(browser, 'plan-back');
    await byTestId(browser, 'plans-title');
    await activate(browser, 'plans-back');
    await byTestId(browser, 'class-title');

    // Back to the adult area, and out to the profiles.
    await activate(browser, 'class-back', { back: true });
    await byTestId(browser, 'adult-area-title');
    await activate(browser, 'adult-leave');
    await byTestId(browser, 'adult-link');
    // Luna and Sol, the roster's learners, are on the picker.
    await byTestId(browser, 'new-profile');
    const names = await browser.execute(() => [...document.querySelectorAll('[data-testid^="profile-"]')].map((el) => el.textContent));
    assert.ok(names.some((n) => n.includes('Luna')) && names.some((n) => n.includes('Sol')), `the roster is on the picker: ${names}`);

    // Back in with the PIN (Enter in the field sends it), to the class, and out again.
    await activate(browser, 'adult-link');
    await waitForAttribute(browser, 'pin-form', 'data-mode', 'enter');
    await tabTo(browser, 'pin-input');
    await type(browser, PIN);
    await press(browser, KEY.enter);
    await byTestId(browser, 'adult-area-title');
    await activate(browser, `class-open-${classId}`);
    await byTestId(browser, 'class-title');
    await activate(browser, 'class-back');
    await byTestId(browser, 'adult-area-title');
    await activate(browser, 'adult-leave', { back: true });
    await byTestId(browser, 'adult-link');
  } finally {
    await app.close();
  }
});
