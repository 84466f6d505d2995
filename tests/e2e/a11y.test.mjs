// Accessibility of every screen, in the real app: axe-core (the npm package, read
// from node_modules and injected through WebDriver; nothing is fetched from the
// network) runs on each screen a learner or an adult can reach, in Spanish and in
// English, and a test fails on any violation of impact "serious" or "critical".
// axe runs all its rules: WCAG 2.0 and 2.1 A and AA, and its best practices.
// Moderate and minor findings do not fail; they are printed at the end of each test
// (the README lists what remains).

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { lastWednesdayNoon, startCollector } from './collector.mjs';
import {
  byTestId,
  createProfile,
  existingByTestId,
  launch,
  pathToGood,
  pickProfile,
  press,
  pressTestId,
  readLesson,
  readLessonAndQuiz,
  repo,
  tempDataDir,
  tempSaveDir,
  testIdSuffixByText,
  typeInto,
  waitForAttribute,
} from './support.mjs';

const TIMEOUT = { timeout: 600_000 };
const AXE_SOURCE = readFileSync(path.join(repo, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const BLOCKING = new Set(['serious', 'critical']);
const PIN = '2718';
/** WebDriver's Enter key: a new line in a textarea. */
const ENTER = '\uE007';

/** axe's violations (and its "needs review" results) on the whole document as it is now. */
async function runAxe(browser) {
  const loaded = await browser.execute(() => typeof window.axe === 'object');
  if (!loaded) await browser.execute(AXE_SOURCE);
  const outcome = await browser.execute(async () => {
    const brief = (v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(' '),
        html: n.html.slice(0, 300),
        summary: n.failureSummary ?? n.any?.[0]?.message,
      })),
    });
    try {
      // Every node of a violation and of what axe could not decide (passes keep one each).
      const results = await window.axe.run(document, { resultTypes: ['violations', 'incomplete'] });
      return { violations: results.violations.map(brief), incomplete: results.incomplete.map(brief) };
    } catch (error) {
      return { error: String(error?.stack ?? error) };
    }
  });
  assert.ok(outcome && !outcome.error, `axe could not run: ${outcome?.error}`);
  return outcome;
}

/**
 * Runs axe on the screen on show. Fails on any serious or critical violation,
 * naming the screen, the rule, its help and every node it found; records the
 * moderate and minor ones, and what axe could not decide, in `findings`.
 */
async function audit(browser, screen, findings) {
  const { violations, incomplete } = await runAxe(browser);
  const note = (v, kind) => {
    const key = `${kind} ${v.impact} ${v.id}`;
    const seen = findings.get(key) ?? { help: v.help, screens: new Set(), nodes: new Set() };
    seen.screens.add(screen);
    for (const n of v.nodes) seen.nodes.add(`${n.target}${kind === 'needs review' ? ` (${n.summary})` : ''}`);
    findings.set(key, seen);
  };
  for (const v of violations.filter((v) => !BLOCKING.has(v.impact))) note(v, 'violation');
  // An icon (an arrow, an emoji) hidden from screen readers is no text to contrast.
  const textual = (n) => !/only non-text characters/.test(n.summary ?? '');
  for (const v of incomplete) {
    const nodes = v.nodes.filter(textual);
    if (nodes.length > 0) note({ ...v, nodes }, 'needs review');
  }
  const blocking = violations.filter((v) => BLOCKING.has(v.impact));
  const report = blocking
    .map(
      (v) =>
        `  ${v.impact} ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    - ${n.target}\n      ${n.html}\n      ${n.summary?.replace(/\n/g, '\n      ')}`).join('\n'),
    )
    .join('\n');
  assert.equal(blocking.length, 0, `"${screen}" has serious or critical accessibility violations:\n${report}`);
}

/** The checker itself, on this WebKit: a nameless button and grey-on-white text are caught. */
async function checkTheChecker(browser) {
  await browser.execute(() => {
    const trap = document.createElement('div');
    trap.id = 'a11y-self-check';
    trap.innerHTML =
      '<button type="button"></button><p style="color:#c8c8c8;background:#ffffff">Grey on white is hard to read.</p>';
    document.querySelector('main').append(trap);
  });
  try {
    const { violations } = await runAxe(browser);
    const found = (id, impact) => violations.some((v) => v.id === id && v.impact === impact && v.nodes.some((n) => n.target.includes('a11y-self-check')));
    assert.ok(found('button-name', 'critical'), `axe missed a button with no name: ${JSON.stringify(violations)}`);
    assert.ok(found('color-contrast', 'serious'), `axe missed grey text on white: ${JSON.stringify(violations)}`);
  } finally {
    await browser.execute(() => document.getElementById('a11y-self-check')?.remove());
  }
}

/** The findings that do not fail, as test diagnostics (printed by node --test). */
function printFindings(t, findings) {
  for (const [key, f] of findings) {
    t.diagnostic(`${key}: ${f.help} — on ${[...f.screens].join('; ')} — ${[...f.nodes].slice(0, 5).join(', ')}`);
  }
}

/** Opens a lesson from home (own band) and steps to a section, from wherever it resumes. */
async function openAt(browser, lessonId, sectionId) {
  await pressTestId(browser, `lesson-card-${lessonId}`);
  await goToSection(browser, readLesson(lessonId), sectionId);
}

async function goToSection(browser, lesson, sectionId) {
  const sections = lesson.structure.sections;
  const target = sections.indexOf(sectionId);
  for (;;) {
    const at = sections.indexOf(await (await byTestId(browser, 'section-title')).getAttribute('data-section-id'));
    if (at === target) return;
    await pressTestId(browser, at < target ? 'section-next' : 'section-prev');
    await waitForAttribute(browser, 'section-title', 'data-section-id', sections[at < target ? at + 1 : at - 1]);
  }
}

function activityOf(lessonId, kind) {
  const lesson = readLesson(lessonId);
  const activity = lesson.structure.activities.find((a) => a.kind === kind);
  assert.ok(activity, `${lessonId} has a ${kind} activity`);
  return { lesson, activity };
}

async function switchLanguage(browser, locale) {
  await pressTestId(browser, `lang-${locale}`);
  await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.lang)) === locale, {
    timeout: 15000,
    timeoutMsg: `the page never switched to ${locale}`,
  });
}

/** Waits until one of the elements is displayed. */
async function oneOf(browser, ids) {
  await browser.waitUntil(
    async () => {
      for (const id of ids) {
        const el = await browser.$(`[data-testid="${id}"]`);
        if ((await el.isExisting()) && (await el.isDisplayed())) return true;
      }
      return false;
    },
    { timeout: 15000, timeoutMsg: `none of ${ids.join(', ')} appeared` },
  );
}

test('every learner screen passes axe in Spanish and in English', TIMEOUT, async (t) => {
  const findings = new Map();
  const app = await launch(tempDataDir());
  const { browser } = app;
  const check = (screen) => audit(browser, screen, findings);
  try {
    await byTestId(browser, 'new-profile');
    await checkTheChecker(browser);
    await check('profile picker, no profiles (es)');

    await pressTestId(browser, 'new-profile');
    await byTestId(browser, 'nickname-input');
    await check('new profile form (es)');
    await pressTestId(browser, 'create-profile-submit');
    await byTestId(browser, 'nickname-input');
    await browser.waitUntil(async () => (await (await byTestId(browser, 'nickname-input')).getAttribute('aria-invalid')) === 'true');
    await check('new profile form with its errors (es)');
    await switchLanguage(browser, 'en');
    await check('new profile form with its errors (en)');
    await switchLanguage(browser, 'es-MX');

    await typeInto(browser, 'nickname-input', 'Ajolote');
    await pressTestId(browser, 'avatar-1');
    await pressTestId(browser, 'band-8-11');
    await pressTestId(browser, 'locale-es-MX');
    await pressTestId(browser, 'create-profile-submit');
    await byTestId(browser, 'lesson-card-passwords-8-11');
    await check('home (es)');
    await press(await browser.$('[data-testid="topic-others-passwords"] summary'), 'the other ages of passwords');
    await byTestId(browser, 'lesson-card-passwords-12-14');
    await check('home with other ages open (es)');

    // The lesson reader: a section with a glossary word open, the end with its sources, past attempts.
    const lessonId = 'passwords-8-11';
    const lesson = readLesson(lessonId);
    await pressTestId(browser, `lesson-card-${lessonId}`);
    await byTestId(browser, 'section-title');
    await check('lesson reader, first section (es)');
    const term = await browser.$('[data-testid^="term-link-"]');
    assert.ok(await term.isExisting(), `the first section of ${lessonId} links a word to the glossary`);
    await press(term, 'a glossary word');
    await byTestId(browser, 'term-popover');
    await check('lesson reader, a glossary word open (es)');
    await pressTestId(browser, 'term-close');
    await openLastSection(browser, lesson);
    await byTestId(browser, 'start-quiz');
    await check('lesson reader, last section with sources (es)');
    await pressTestId(browser, 'lesson-attempts');
    await byTestId(browser, 'attempts-empty');
    await check('lesson reader, no attempts yet (es)');
    await pressTestId(browser, 'reader-home');

    // Each kind of activity, before and after it is done.
    await activities(browser, check);

    // The quiz: a question, its feedback (one wrong), the result, then the review.
    await pressTestId(browser, `lesson-card-${lessonId}`);
    await byTestId(browser, 'section-title');
    await openLastSection(browser, lesson);
    await pressTestId(browser, 'start-quiz');
    const questions = lesson.structure.questions;
    for (const [i, q] of questions.entries()) {
      await waitForAttribute(browser, 'question-prompt', 'data-question-id', q.id);
      const right = i !== 0;
      const chosen = right ? q.answer : [(q.options ?? ['true', 'false']).find((o) => !q.answer.includes(o))];
      if (i === 0) await check(`quiz question (es, ${q.kind ?? 'single'})`);
      if (q.kind === 'multiple' && i < 3) await check('quiz question, several answers (es)');
      for (const option of chosen) await pressTestId(browser, `option-${option}`);
      await pressTestId(browser, 'check-answer');
      await waitForAttribute(browser, 'feedback', 'data-correct', String(right));
      if (i <= 1) await check(`quiz feedback, ${right ? 'right' : 'wrong'} (es)`);
      await pressTestId(browser, i === questions.length - 1 ? 'see-results' : 'next-question');
    }
    await byTestId(browser, 'result-score');
    await check('quiz result with a mistake (es)');
    await switchLanguage(browser, 'en');
    await byTestId(browser, 'result-score');
    await check('quiz result with a mistake (en)');
    await switchLanguage(browser, 'es-MX');
    await pressTestId(browser, 'back-home');

    // The certificate of the topic just finished.
    await pressTestId(browser, 'certificate-open-passwords');
    await byTestId(browser, 'certificate');
    await check('certificate (es)');
    await switchLanguage(browser, 'en');
    await check('certificate (en)');
    await switchLanguage(browser, 'es-MX');
    await pressTestId(browser, 'certificate-back');

    // A past attempt, answer by answer.
    await pressTestId(browser, `lesson-card-${lessonId}`);
    await pressTestId(browser, 'lesson-attempts');
    const first = await browser.$('[data-testid^="attempt-"]:not([data-testid="attempts-empty"])');
    await first.waitForExist({ timeout: 15000, timeoutMsg: 'no past attempt is listed' });
    await check('lesson reader, past attempts (es)');
    await press(first, 'a past attempt');
    await byTestId(browser, 'review-back');
    await check('review of a past attempt (es)');
    await pressTestId(browser, 'review-back');
    await pressTestId(browser, 'reader-home');

    // The reference screens, then the same main screens in English.
    await pressTestId(browser, 'open-glossary');
    await byTestId(browser, 'glossary-filter');
    await check('glossary (es)');
    await typeInto(browser, 'glossary-filter', 'zzzzzz');
    await byTestId(browser, 'glossary-empty');
    await check('glossary, nothing found (es)');
    await pressTestId(browser, 'open-help');
    await byTestId(browser, 'help-back');
    await browser.waitUntil(async () => (await browser.$$('.places li')).length > 0, { timeout: 15000 });
    await check('help (es)');

    await switchLanguage(browser, 'en');
    await browser.waitUntil(async () => (await browser.$$('.places li')).length > 0, { timeout: 15000 });
    await check('help (en)');
    await pressTestId(browser, 'open-glossary');
    await byTestId(browser, 'glossary-filter');
    await check('glossary (en)');
    await pressTestId(browser, 'glossary-back');
    await byTestId(browser, 'lesson-card-passwords-8-11');
    await check('home (en)');
    await pressTestId(browser, 'lesson-card-kindness-8-11');
    await byTestId(browser, 'section-title');
    await check('lesson reader, first section (en)');
    await openLastSection(browser, readLesson('kindness-8-11'));
    await check('lesson reader, last section with sources (en)');
    await pressTestId(browser, 'start-quiz');
    await byTestId(browser, 'question-prompt');
    await check('quiz question (en)');
    const q = readLesson('kindness-8-11').structure.questions[0];
    for (const option of q.answer) await pressTestId(browser, `option-${option}`);
    await pressTestId(browser, 'check-answer');
    await waitForAttribute(browser, 'feedback', 'data-correct', 'true');
    await check('quiz feedback, right (en)');
    await pressTestId(browser, 'quiz-home');

    const { activity } = activityOf('privacy-8-11', 'sort-it');
    await openAt(browser, 'privacy-8-11', activity.after);
    await pressTestId(browser, `activity-${activity.id}`);
    await byTestId(browser, 'sort-check');
    await check('sort it (en)');
    await pressTestId(browser, 'activity-back');
    await pressTestId(browser, 'reader-home');
    await pressTestId(browser, 'change-profile');
    await byTestId(browser, 'new-profile');
    await check('profile picker with a profile (en)');
    await pressTestId(browser, 'new-profile');
    await byTestId(browser, 'nickname-input');
    await check('new profile form (en)');
  } finally {
    printFindings(t, findings);
    await app.close();
  }
});

async function openLastSection(browser, lesson) {
  await goToSection(browser, lesson, lesson.structure.sections.at(-1));
}

/** The four activity kinds, each before and after it is checked (in Spanish). */
async function activities(browser, check) {
  {
    const { activity } = activityOf('scams-8-11', 'spot-the-scam');
    await openAt(browser, 'scams-8-11', activity.after);
    await byTestId(browser, `activity-${activity.id}`);
    await check('lesson reader, a section with its activity (es)');
    await pressTestId(browser, `activity-${activity.id}`);
    await byTestId(browser, 'spot-check');
    await check('spot the scam (es)');
    await pressTestId(browser, `spot-part-${activity.suspicious[0]}`);
    await check('spot the scam, a part marked (es)');
    await pressTestId(browser, 'spot-check');
    await byTestId(browser, 'spot-result');
    await check('spot the scam, checked (es)');
    await pressTestId(browser, 'activity-back');
    await pressTestId(browser, 'reader-home');
  }
  {
    const { activity } = activityOf('kindness-8-11', 'what-would-you-do');
    const path = pathToGood(activity);
    await openAt(browser, 'kindness-8-11', activity.after);
    await pressTestId(browser, `activity-${activity.id}`);
    await waitForAttribute(browser, 'story-step', 'data-step-id', activity.steps[0]);
    await check('what would you do (es)');
    await pressTestId(browser, `story-choice-${path[0].id}`);
    await byTestId(browser, 'story-feedback');
    await check('what would you do, a choice made (es)');
    for (const [i, choice] of path.entries()) {
      if (i > 0) await pressTestId(browser, `story-choice-${choice.id}`);
      await pressTestId(browser, 'story-continue');
    }
    await byTestId(browser, 'story-ending');
    await check('what would you do, an ending (es)');
    await pressTestId(browser, 'activity-back');
    await pressTestId(browser, 'reader-home');
  }
  {
    const { activity } = activityOf('privacy-8-11', 'sort-it');
    const items = Object.entries(activity.items);
    await openAt(browser, 'privacy-8-11', activity.after);
    await pressTestId(browser, `activity-${activity.id}`);
    await byTestId(browser, 'sort-check');
    await check('sort it (es)');
    const [firstId, firstGroup] = items[0];
    const otherGroup = activity.groups.find((g) => g !== firstGroup);
    for (const [id, group] of items) {
      const select = await existingByTestId(browser, `sort-select-${id}`);
      await select.selectByAttribute('value', id === firstId ? otherGroup : group);
    }
    await check('sort it, every item placed (es)');
    await pressTestId(browser, 'sort-check');
    await byTestId(browser, 'sort-result');
    await check('sort it, checked (es)');
    await pressTestId(browser, 'activity-back');
    await pressTestId(browser, 'reader-home');
  }
  {
    const { activity } = activityOf('passwords-8-11', 'passphrase-lab');
    await openAt(browser, 'passwords-8-11', activity.after);
    await pressTestId(browser, `activity-${activity.id}`);
    await byTestId(browser, 'passphrase-input');
    await check('passphrase lab, empty (es)');
    await typeInto(browser, 'passphrase-input', 'password');
    await browser.waitUntil(async () => (await (await byTestId(browser, 'passphrase-meter')).getAttribute('data-score')) !== null);
    await byTestId(browser, 'passphrase-tips');
    await check('passphrase lab, a weak password with tips (es)');
    await pressTestId(browser, 'passphrase-toggle');
    await typeInto(browser, 'passphrase-input', 'jirafa taco nube trompeta');
    await browser.waitUntil(async () => Number(await (await byTestId(browser, 'passphrase-meter')).getAttribute('data-score')) >= 3, {
      timeout: 10000,
    });
    await check('passphrase lab, a strong passphrase shown (es)');
    await pressTestId(browser, 'passphrase-done');
    await byTestId(browser, 'passphrase-finished');
    await check('passphrase lab, done (es)');
    await pressTestId(browser, 'activity-back');
    await pressTestId(browser, 'reader-home');
  }
}

test('every adult screen passes axe in Spanish and in English, refused files included', TIMEOUT, async (t) => {
  const findings = new Map();
  // A file that is no class file and no progress file, for both imports to refuse.
  const stick = tempSaveDir();
  const broken = path.join(stick, 'ciberescudo-class-broken.json');
  writeFileSync(broken, '{"format": "ciberescudo-class", "this is": "not a class file"');
  const app = await launch(tempDataDir(), { env: { CIBERESCUDO_OPEN_PATH: broken, CIBERESCUDO_SAVE_DIR: tempSaveDir() } });
  const { browser } = app;
  const check = (screen) => audit(browser, screen, findings);
  const lesson = readLesson('passwords-8-11');
  try {
    await createProfile(browser, { nickname: 'Ajolote', band: '8-11', locale: 'es-MX' });
    await readLessonAndQuiz(browser, 'passwords-8-11', lesson, { wrong: lesson.structure.questions[0].id });
    await pressTestId(browser, 'change-profile');
    await createProfile(browser, { nickname: 'Tejón', band: '8-11', locale: 'es-MX', avatar: 2 });
    await pressTestId(browser, 'change-profile');
    await byTestId(browser, 'adult-link');
    await check('profile picker with profiles (es)');

    // The door: creating the PIN, a refusal, then in.
    await pressTestId(browser, 'adult-link');
    await waitForAttribute(browser, 'pin-form', 'data-mode', 'create');
    await check('adult door, creating the PIN (es)');
    await typeInto(browser, 'pin-input', PIN);
    await typeInto(browser, 'pin-repeat-input', '1111');
    await pressTestId(browser, 'pin-submit');
    await byTestId(browser, 'pin-error');
    await check('adult door, the PINs differ (es)');
    await typeInto(browser, 'pin-input', PIN);
    await typeInto(browser, 'pin-repeat-input', PIN);
    await pressTestId(browser, 'pin-submit');
    await byTestId(browser, 'adult-area-title');
    await byTestId(browser, 'classes-empty');
    await check('adult area: profiles, classes, statistics (es)');

    // A profile's edit form, and the delete confirmation.
    const id = await testIdSuffixByText(browser, 'adult-profile-name-', 'Ajolote');
    await pressTestId(browser, `adult-edit-${id}`);
    await byTestId(browser, `adult-nickname-${id}`);
    await check('adult area, editing a profile (es)');
    await typeInto(browser, `adult-nickname-${id}`, ' ');
    await pressTestId(browser, `adult-save-${id}`);
    await byTestId(browser, `adult-edit-error-${id}`);
    await check('adult area, a profile edit refused (es)');
    await pressTestId(browser, `adult-edit-cancel-${id}`);
    await pressTestId(browser, `adult-delete-${id}`);
    await byTestId(browser, 'delete-dialog');
    await check('adult area, the delete confirmation (es)');
    await pressTestId(browser, 'delete-cancel');

    // A refused class file, a refused new class, then a class.
    await pressTestId(browser, 'class-import');
    await byTestId(browser, 'class-import-error');
    await check('adult area, a refused class file (es)');
    await pressTestId(browser, 'class-new-submit');
    await byTestId(browser, 'class-new-error');
    await check('adult area, a refused new class (es)');
    await typeInto(browser, 'class-new-name', '5° B');
    await typeInto(browser, 'class-new-year', '2026-2027');
    await pressTestId(browser, 'class-new-submit');
    await byTestId(browser, 'class-created');
    await check('adult area with a class (es)');

    const classId = await (await browser.$('li[data-class-id]')).getAttribute('data-class-id');
    await pressTestId(browser, `class-open-${classId}`);
    await byTestId(browser, 'class-title');
    await byTestId(browser, 'class-matrix-empty');
    await check('a class with no learners (es)');
    await pressTestId(browser, 'roster-submit');
    await oneOf(browser, ['roster-error', 'roster-band-missing']);
    await check('a class, a refused roster (es)');
    const roster = await typeInto(browser, 'roster-input', 'Luna');
    await roster.addValue(`${ENTER}Sol`);
    await pressTestId(browser, 'roster-band-8-11');
    await pressTestId(browser, 'roster-submit');
    await waitForAttribute(browser, 'roster-result', 'data-added', '2');
    // Ajolote, who did the quiz on this computer, joins the class.
    const select = await byTestId(browser, 'add-profile-select');
    await select.selectByAttribute('value', id);
    await pressTestId(browser, 'add-profile-submit');
    await byTestId(browser, 'add-profile-result');
    await waitForAttribute(browser, `class-cell-${id}-passwords-8-11`, 'data-state', 'done');
    await check('a class with its matrix and hardest questions (es)');

    // The hand-made profile matched to a roster learner: the confirmation.
    await pressTestId(browser, 'match-submit');
    await byTestId(browser, 'match-dialog');
    await check('a class, the match confirmation (es)');
    await pressTestId(browser, 'match-cancel');

    // A learner's lessons, a lesson's attempts, one attempt answer by answer.
    await pressTestId(browser, `class-learner-${id}`);
    await byTestId(browser, 'learner-detail');
    await check('a class, a learner open (es)');
    await pressTestId(browser, 'learner-attempts-passwords-8-11');
    const attempt = await browser.$('[data-testid="learner-detail"] [data-testid^="attempt-"]');
    await attempt.waitForExist({ timeout: 15000 });
    await check("a class, a learner's attempts (es)");
    await press(attempt, "a learner's attempt");
    await byTestId(browser, 'class-review-back');
    await check("a class, a learner's attempt reviewed (es)");
    await pressTestId(browser, 'class-review-back');

    // A refused progress file.
    await pressTestId(browser, 'class-file-import');
    await oneOf(browser, ['class-import-result', 'class-file-import-error']);
    await check('a class, a refused progress file (es)');

    // The report, the lesson plans and one plan.
    await pressTestId(browser, 'class-report-open');
    await byTestId(browser, 'report-title');
    await check('class report (es)');
    await pressTestId(browser, 'report-back');
    await pressTestId(browser, 'class-plans-open');
    await byTestId(browser, 'plans-title');
    await check('lesson plans (es)');
    await pressTestId(browser, 'plan-open-passwords-8-11');
    await byTestId(browser, 'plan-title');
    await check('a lesson plan (es)');

    // The same in English.
    await switchLanguage(browser, 'en');
    await byTestId(browser, 'plan-title');
    await check('a lesson plan (en)');
    await pressTestId(browser, 'plan-back');
    await byTestId(browser, 'plans-title');
    await check('lesson plans (en)');
    await pressTestId(browser, 'plans-back');
    await byTestId(browser, 'class-report-open');
    await check('a class with its matrix and hardest questions (en)');
    await pressTestId(browser, 'class-report-open');
    await byTestId(browser, 'report-title');
    await check('class report (en)');
    await pressTestId(browser, 'report-back');
    await pressTestId(browser, 'class-back');

    // The campaign statistics: off, and a refused campaign.
    await pressTestId(browser, 'open-stats');
    await byTestId(browser, 'stats-form');
    await check('campaign statistics, off (en)');
    await pressTestId(browser, 'stats-turn-on');
    await byTestId(browser, 'stats-turn-on-error', 60_000);
    await check('campaign statistics, a refused campaign (en)');
    await switchLanguage(browser, 'es-MX');
    await check('campaign statistics, a refused campaign (es)');
    await pressTestId(browser, 'stats-back');
    await byTestId(browser, 'adult-area-title');
    await switchLanguage(browser, 'en');
    await check('adult area with a class (en)');

    // Out, and back to the door that asks for the PIN, refusing a wrong one.
    await pressTestId(browser, 'adult-leave');
    await pressTestId(browser, 'adult-link');
    await waitForAttribute(browser, 'pin-form', 'data-mode', 'enter');
    await check('adult door, entering the PIN (en)');
    await typeInto(browser, 'pin-input', '0000');
    await pressTestId(browser, 'pin-submit');
    await byTestId(browser, 'pin-error');
    await check('adult door, a wrong PIN (en)');
    await switchLanguage(browser, 'es-MX');
    await check('adult door, a wrong PIN (es)');
  } finally {
    printFindings(t, findings);
    await app.close();
  }
});

test('the campaign statistics, on and with a report waiting, pass axe in Spanish and in English', TIMEOUT, async (t) => {
  const findings = new Map();
  const collector = await startCollector();
  const dataDir = tempDataDir();
  const lesson = readLesson('passwords-8-11');
  const enter = async (browser, first) => {
    await pressTestId(browser, 'adult-link');
    await typeInto(browser, 'pin-input', PIN);
    if (first) await typeInto(browser, 'pin-repeat-input', PIN);
    await pressTestId(browser, 'pin-submit');
    await pressTestId(browser, 'open-stats');
  };
  try {
    // Last week: statistics on, and a learner finishes a lesson.
    let app = await launch(dataDir, { env: { CIBERESCUDO_TEST_CLOCK: lastWednesdayNoon().toISOString() } });
    try {
      const { browser } = app;
      await createProfile(browser, { nickname: 'Colibrí', band: '8-11', locale: 'es-MX' });
      await pressTestId(browser, 'change-profile');
      await enter(browser, true);
      await typeInto(browser, 'stats-server', collector.url);
      await typeInto(browser, 'stats-campaign', collector.code);
      await (await byTestId(browser, 'stats-state')).selectByAttribute('value', '09');
      await pressTestId(browser, 'stats-turn-on');
      await byTestId(browser, 'stats-on', 60_000);
      await byTestId(browser, 'stats-no-reports');
      await audit(browser, 'campaign statistics, on, nothing waiting (es)', findings);
      await pressTestId(browser, 'stats-back');
      await pressTestId(browser, 'adult-leave');
      await pickProfile(browser, 'Colibrí');
      await readLessonAndQuiz(browser, 'passwords-8-11', lesson);
    } finally {
      await app.close();
    }

    // Today: last week's report waits to be sent; it is read, then sent.
    app = await launch(dataDir);
    try {
      const { browser } = app;
      await enter(browser, false);
      await byTestId(browser, 'stats-report-item');
      await audit(browser, 'campaign statistics, a report waiting (es)', findings);
      await pressTestId(browser, 'stats-report-open');
      await byTestId(browser, 'stats-report-json');
      await audit(browser, 'campaign statistics, a report as it will be sent (es)', findings);
      await switchLanguage(browser, 'en');
      await byTestId(browser, 'stats-report-json');
      await audit(browser, 'campaign statistics, a report as it will be sent (en)', findings);
      await pressTestId(browser, 'stats-report-back');
      await byTestId(browser, 'stats-report-item');
      await audit(browser, 'campaign statistics, a report waiting (en)', findings);
      await pressTestId(browser, 'stats-send-now');
      await byTestId(browser, 'stats-last-sent', 60_000);
      await audit(browser, 'campaign statistics, a report sent (en)', findings);
    } finally {
      await app.close();
    }
  } finally {
    printFindings(t, findings);
    await collector.stop();
  }
});

test('the refused-database screens pass axe in Spanish and in English, with and without a backup', TIMEOUT, async (t) => {
  const findings = new Map();
  const damage = (dataDir) => writeFileSync(path.join(dataDir, 'progress.sqlite3'), Buffer.from('Not a SQLite database. '.repeat(200)));
  try {
    for (const [lang, env] of [
      ['es-MX', { LANG: 'es_MX.UTF-8', LC_ALL: 'es_MX.UTF-8', LANGUAGE: 'es_MX' }],
      ['en', { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', LANGUAGE: 'en_US' }],
    ]) {
      // No backup: only the message.
      let dataDir = tempDataDir();
      damage(dataDir);
      let app = await launch(dataDir, { env });
      try {
        await byTestId(app.browser, 'store-error');
        assert.equal(await app.browser.execute(() => document.documentElement.lang), lang, 'the screen follows the system language');
        await audit(app.browser, `refused database (${lang})`, findings);
      } finally {
        await app.close();
      }

      // A first start makes the day's backup; the file is then damaged, and the backup offered.
      dataDir = tempDataDir();
      app = await launch(dataDir, { env });
      try {
        await byTestId(app.browser, 'new-profile');
      } finally {
        await app.close();
      }
      damage(dataDir);
      app = await launch(dataDir, { env });
      try {
        const { browser } = app;
        await byTestId(browser, 'store-backup-offer');
        await audit(browser, `refused database, a backup offered (${lang})`, findings);
        await pressTestId(browser, 'store-backup-restore');
        await byTestId(browser, 'store-restore-dialog');
        await audit(browser, `refused database, restoring confirmed (${lang})`, findings);
        await pressTestId(browser, 'store-restore-confirm');
        await byTestId(browser, 'store-restored');
        await audit(browser, `refused database, the backup restored (${lang})`, findings);
      } finally {
        await app.close();
      }
    }
  } finally {
    printFindings(t, findings);
  }
});
