// End-to-end test of teacher mode in a computer lab with no network, in the real
// app: two computers (two data dirs, one app at a time) and a USB stick (folders).
// The teacher makes a class with a roster and saves its class file; a lab computer
// imports it, a roster learner does a quiz there and the adult saves that computer's
// progress file; back on the teacher's computer another learner does the quiz, the
// folder is imported and the class shows both learners' work, the hardest questions
// (counted over both) and the spreadsheets.
// No test can answer the system's dialogs: CIBERESCUDO_SAVE_DIR is where files are
// saved, CIBERESCUDO_OPEN_PATH the file or folder an import reads.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  byTestId,
  launch,
  pickProfile,
  pressTestId,
  readLesson,
  readLessonAndQuiz,
  readPlan,
  tempDataDir,
  tempSaveDir,
  testIdSuffixByText,
  typeInto,
  waitForAttribute,
} from './support.mjs';

const TIMEOUT = { timeout: 480_000 };
const PIN = '4826';
const CLASS_NAME = '5° B, turno matutino';
const SCHOOL_YEAR = '2026-2027';
const LESSON = 'passwords-8-11';
const lesson = readLesson(LESSON);
const QUESTIONS = lesson.structure.questions;
/** The learner gets the first question wrong, and every other right. */
const WRONG = QUESTIONS[0];
const WRONG_OPTION = (WRONG.options ?? ['true', 'false']).find((o) => !WRONG.answer.includes(o));
/** Luna does the quiz on the lab computer; Sol does it on the teacher's computer. */
const ROSTER = ['Luna', 'Sol'];
/** WebDriver's Enter key: a new line in a textarea. */
const ENTER = '\uE007';

/** Spanish plural of a count, as the app words it (es has "one" and "other"). */
const es = (n, one, other) => `${n} ${n === 1 ? one : other}`;

async function textOf(browser, id) {
  return (await (await byTestId(browser, id)).getText()).replace(/\s+/g, ' ').trim();
}

/** Into the adult area: creates the PIN on a computer that has none, or types it. */
async function enterAdultArea(browser, { create }) {
  await pressTestId(browser, 'adult-link');
  await waitForAttribute(browser, 'pin-form', 'data-mode', create ? 'create' : 'enter');
  await typeInto(browser, 'pin-input', PIN);
  if (create) await typeInto(browser, 'pin-repeat-input', PIN);
  await pressTestId(browser, 'pin-submit');
  await byTestId(browser, 'adult-area-title');
}

/** The id of the (only) class listed in the adult area. */
async function onlyClassId(browser) {
  await browser.waitUntil(async () => (await browser.$$('li[data-class-id]')).length > 0, {
    timeout: 15000,
    timeoutMsg: 'no class is listed in the adult area',
  });
  const items = await browser.$$('li[data-class-id]');
  assert.equal(items.length, 1, 'one class on this computer');
  return items[0].getAttribute('data-class-id');
}

async function openClass(browser, classId) {
  await pressTestId(browser, `class-open-${classId}`);
  await browser.waitUntil(async () => (await textOf(browser, 'class-title')) === CLASS_NAME, {
    timeout: 15000,
    timeoutMsg: `the class screen never showed "${CLASS_NAME}"`,
  });
}

/** A file's name as the screen says it was saved, checked to be in the folder. */
async function savedFile(browser, id, pattern, dir) {
  const said = await textOf(browser, id);
  const file = said.match(pattern)?.[0];
  assert.ok(file, `the screen names the saved file: ${said}`);
  assert.ok(readdirSync(dir).includes(file), `${file} is in ${dir}: ${readdirSync(dir)}`);
  return file;
}

/** The records of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line ends). */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

test('a class travels around a computer lab on a USB stick and its work comes back to the teacher', TIMEOUT, async () => {
  const teacherDir = tempDataDir();
  const labDir = tempDataDir();
  const stick = tempSaveDir(); // the class file
  const progressFolder = tempSaveDir(); // the lab computers' progress files
  const sheets = tempSaveDir(); // the teacher's spreadsheets

  // 1. The teacher's computer: a PIN, a class, its roster, the class file.
  let app = await launch(teacherDir, { env: { CIBERESCUDO_SAVE_DIR: stick } });
  let browser = app.browser;
  let classFile;
  let classId;
  try {
    await enterAdultArea(browser, { create: true });
    await byTestId(browser, 'classes-empty');
    const name = await typeInto(browser, 'class-new-name', CLASS_NAME);
    assert.equal(await name.getValue(), CLASS_NAME, 'the class name was typed as is');
    await typeInto(browser, 'class-new-year', SCHOOL_YEAR);
    await pressTestId(browser, 'class-new-submit');
    assert.equal(await textOf(browser, 'class-created'), `✓ Listo: se creó el grupo «${CLASS_NAME}».`);
    classId = await onlyClassId(browser);
    await openClass(browser, classId);

    const roster = await typeInto(browser, 'roster-input', ROSTER[0]);
    await roster.addValue(`${ENTER}${ROSTER[1]}`);
    await pressTestId(browser, 'roster-band-8-11');
    await pressTestId(browser, 'roster-submit');
    await waitForAttribute(browser, 'roster-result', 'data-added', String(ROSTER.length));
    assert.equal(await textOf(browser, 'roster-result'), `✓ Se agregaron 2 estudiantes: ${ROSTER[0]} y ${ROSTER[1]}.`);
    assert.match(await textOf(browser, 'class-about'), /2 estudiantes/);

    await pressTestId(browser, 'class-file-class');
    classFile = await savedFile(browser, 'class-file-class-saved', /ciberescudo-class-[\w-]+\.json/, stick);
    assert.equal(classFile, 'ciberescudo-class-5-b-turno-matutino.json');
    assert.equal(JSON.parse(readFileSync(path.join(stick, classFile), 'utf8')).format, 'ciberescudo-class');
  } finally {
    await app.close();
  }

  // 2. A lab computer: its own PIN, the class file, a roster learner's quiz, the progress file.
  app = await launch(labDir, {
    env: { CIBERESCUDO_OPEN_PATH: path.join(stick, classFile), CIBERESCUDO_SAVE_DIR: progressFolder },
  });
  browser = app.browser;
  let progressFile;
  try {
    await enterAdultArea(browser, { create: true });
    await pressTestId(browser, 'class-import');
    assert.equal(
      await textOf(browser, 'class-imported'),
      `✓ Se importó el grupo «${CLASS_NAME}» (${SCHOOL_YEAR}) con 2 estudiantes.`,
    );
    const labClassId = await onlyClassId(browser);

    // The roster learners are on the picker; Luna picks hers and does the quiz.
    await pressTestId(browser, 'adult-leave');
    await pickProfile(browser, ROSTER[0]);
    await readLessonAndQuiz(browser, LESSON, lesson, { wrong: WRONG.id });
    await pressTestId(browser, 'change-profile');

    await enterAdultArea(browser, { create: false });
    await openClass(browser, labClassId);
    await pressTestId(browser, 'class-file-progress');
    progressFile = await savedFile(
      browser,
      'class-file-progress-saved',
      /ciberescudo-progress-5-b-turno-matutino-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json/,
      progressFolder,
    );
    assert.deepEqual(readdirSync(progressFolder), [progressFile], 'only the progress file, no partial file');
  } finally {
    await app.close();
  }

  // 3. Back on the teacher's computer: the folder of progress files, the class's work, the spreadsheets.
  app = await launch(teacherDir, { env: { CIBERESCUDO_OPEN_PATH: progressFolder, CIBERESCUDO_SAVE_DIR: sheets } });
  browser = app.browser;
  try {
    // Sol does the same quiz here, on the teacher's computer.
    await pickProfile(browser, ROSTER[1]);
    await readLessonAndQuiz(browser, LESSON, lesson, { wrong: WRONG.id });
    await pressTestId(browser, 'change-profile');

    await enterAdultArea(browser, { create: false });
    await openClass(browser, classId);
    const luna = await testIdSuffixByText(browser, 'class-learner-', ROSTER[0]);
    const sol = await testIdSuffixByText(browser, 'class-learner-', ROSTER[1]);
    await waitForAttribute(browser, `class-cell-${luna}-${LESSON}`, 'data-state', 'notStarted');
    await waitForAttribute(browser, `class-cell-${sol}-${LESSON}`, 'data-state', 'done');

    await pressTestId(browser, 'class-file-import');
    await waitForAttribute(browser, 'class-import-result', 'data-file', progressFile);
    await waitForAttribute(browser, 'class-import-result', 'data-refused', '');
    assert.equal(
      await textOf(browser, 'class-import-result'),
      `✓ ${progressFile} Se importaron ${es(0, 'estudiante nuevo', 'estudiantes nuevos')}, ` +
        `${es(1, 'intento de cuestionario', 'intentos de cuestionario')}, ` +
        `${es(QUESTIONS.length, 'respuesta', 'respuestas')} y ${es(0, 'actividad', 'actividades')}.`,
    );

    // The matrix: both learners' lesson is done, with their score (Luna's from the lab computer).
    for (const who of [luna, sol]) {
      await waitForAttribute(browser, `class-cell-${who}-${LESSON}`, 'data-state', 'done');
      const cell = await textOf(browser, `class-cell-${who}-${LESSON}`);
      assert.ok(cell.startsWith(`Terminada ${QUESTIONS.length - 1}/${QUESTIONS.length}`), `cell of ${who}: ${cell}`);
    }

    // The hardest questions: the one both got wrong first, out of the two learners who answered it.
    await byTestId(browser, 'hardest-question');
    const hardest = await browser.$$('[data-testid="hardest-question"]');
    // Every question Luna answered, the first ten before "see all".
    assert.equal(hardest.length, Math.min(QUESTIONS.length, 10));
    assert.equal(await hardest[0].getAttribute('data-question-id'), WRONG.id);
    assert.equal(
      await textOf(browser, 'hardest-right'),
      'Bien a la primera: 0 de 2 estudiantes que la respondieron (0%)',
    );
    const wrongText = lesson.es.questions[WRONG.id].options?.[WRONG_OPTION]?.text;
    if (wrongText) {
      assert.equal(
        await textOf(browser, 'hardest-wrong'),
        `Respuesta incorrecta más elegida: «${wrongText}» (la eligieron 2 estudiantes)`,
      );
    }

    // The spreadsheets: two files, the class's read back.
    await pressTestId(browser, 'class-file-csv');
    const said = await textOf(browser, 'class-file-csv-saved');
    const files = readdirSync(sheets).sort();
    assert.equal(files.length, 2, `two files in the folder: ${files}`);
    const classCsv = files.find((f) => /^grupo-5-b-turno-matutino-\d{4}-\d{2}-\d{2}\.csv$/.test(f));
    const hardestCsv = files.find((f) => /^preguntas-dificiles-5-b-turno-matutino-\d{4}-\d{2}-\d{2}\.csv$/.test(f));
    assert.ok(classCsv && hardestCsv, `the class's and the hardest questions' spreadsheets: ${files}`);
    assert.equal(said, `✓ Se guardaron ${classCsv} y ${hardestCsv}`);

    const bytes = readFileSync(path.join(sheets, classCsv));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with the UTF-8 byte-order mark');
    const csv = bytes.subarray(3).toString('utf8');
    assert.ok(csv.endsWith('\r\n'), 'the last line ends in CRLF');
    assert.equal(csv.split('\n').length - 1, csv.split('\r\n').length - 1, 'every line ends in CRLF');
    const [header, ...rows] = parseCsv(csv);
    assert.deepEqual(header, [
      'Estudiante',
      'Edad',
      'Clave de la lección',
      'Lección',
      'Tema',
      'Estado',
      'Mejor resultado',
      'Preguntas',
      'Mejor porcentaje',
      'Intentos del cuestionario',
      'Actividades hechas',
      'Última actividad',
    ]);
    const row = rows.find((r) => r[0] === ROSTER[0] && r[2] === LESSON);
    assert.ok(row, `a row for ${ROSTER[0]} and ${LESSON}`);
    assert.equal(row[1], '8-11');
    assert.equal(row[3], lesson.es.title);
    assert.equal(row[5], 'Terminada');
    assert.equal(row[6], String(QUESTIONS.length - 1));
    assert.equal(row[7], String(QUESTIONS.length));
    assert.equal(row[8], String(Math.round(((QUESTIONS.length - 1) * 100) / QUESTIONS.length)));
    assert.equal(row[9], '1');
    assert.match(row[11], /^\d{4}-\d{2}-\d{2}$/);
    const solRow = rows.find((r) => r[0] === ROSTER[1] && r[2] === LESSON);
    assert.equal(solRow?.[5], 'Terminada');
    const untouched = rows.find((r) => r[0] === ROSTER[1] && r[2] !== LESSON);
    assert.equal(untouched?.[5], 'Sin empezar');

    // The printable report (the print dialog itself cannot open under WebDriver):
    // the class page, then one page per learner for their family, each starting a sheet.
    await pressTestId(browser, 'class-report-open');
    assert.equal(await textOf(browser, 'report-title'), CLASS_NAME);
    const pages = await browser.$$('[data-testid="report-learner"]');
    assert.equal(pages.length, ROSTER.length);
    for (const page of pages) {
      assert.match(await page.getAttribute('class'), /\bpage-break\b/);
    }
    const pageText = await pages[0].getText();
    assert.ok(ROSTER.some((name) => pageText.includes(name)), `a learner page names its learner: ${pageText}`);
    assert.ok(pageText.includes(lesson.es.title), `and the lesson they finished: ${pageText}`);

    // The lesson plans, beside the class view: the lesson's plan as written, its five parts
    // adding up to 45 minutes, and print rules that leave only the plan on paper.
    await pressTestId(browser, 'report-back');
    await pressTestId(browser, 'class-plans-open');
    await pressTestId(browser, `plan-open-${LESSON}`);
    const plan = readPlan(LESSON);
    assert.equal(await textOf(browser, 'plan-title'), lesson.es.title);
    const flat = (s) => s.replace(/\s+/g, ' ').trim();
    assert.equal(flat(await textOf(browser, 'plan-objective')), flat(plan.es.objective));
    let minutes = 0;
    for (const part of ['opening', 'lesson', 'activity', 'discussion', 'closing']) {
      const step = await byTestId(browser, `plan-step-${part}`);
      minutes += Number(await step.getAttribute('data-minutes'));
      assert.equal(Number(await step.getAttribute('data-minutes')), plan.es[part].minutes, part);
    }
    assert.equal(minutes, 45);
    assert.ok(flat(await textOf(browser, 'plan-step-opening')).includes(flat(plan.es.opening.question)));
    const questions = await browser.$$('[data-testid="plan-discussion-questions"] li');
    assert.equal(questions.length, plan.es.discussion.questions.length);
    assert.ok(flat(await textOf(browser, 'plan-disclosure')).length > 100, 'the disclosure guidance is on screen');
    const printRules = await browser.execute(() => {
      const rules = [];
      for (const sheet of document.styleSheets) {
        for (const rule of sheet.cssRules) {
          if (rule instanceof CSSMediaRule && rule.conditionText === 'print') rules.push(rule.cssText);
        }
      }
      return rules.join('\n');
    });
    assert.match(printRules, /\.no-print[^{]*\{[^}]*display: none !important/);
    assert.match(printRules, /break-inside: avoid/);
    const printButtonOffPaper = await browser.execute(
      () => document.querySelector('[data-testid="plan-print"]')?.closest('.no-print') !== null,
    );
    assert.ok(printButtonOffPaper, 'the print button stays off the paper');
    await pressTestId(browser, 'plan-back');
    await byTestId(browser, 'plans-title');
  } finally {
    await app.close();
  }
});
